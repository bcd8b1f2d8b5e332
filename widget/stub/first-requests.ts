import type { ChatLanguage } from '../model/chat-session.js';
import { CHAT_NAMESPACES, STARTUP_NAMESPACES } from '../model/namespaces.js';

/**
 * The URLs the chat fetches as it starts, so the stub can request them in the same round trip as
 * the chat bundle: the language list when the panel opens, and the texts of the language the
 * launcher is in (all of a returning family's conversation texts when the panel opens on their
 * chat). Mirrors widget-model's startup; only shipped languages (and English) are asked for.
 */
export function firstRequests(origin: string, launcherLanguage: string, stored: ChatLanguage | null, open: boolean, translated: readonly string[]): string[] {
  const shippedChain = (code: string) => [...new Set([code, code.split('-')[0]!, 'en'])].filter((c) => c === 'en' || translated.includes(c));
  const locale = (code: string, ns: string) => `${origin}/locales/${encodeURIComponent(code)}/${ns}.json`;
  const urls = shippedChain(launcherLanguage).flatMap((code) => STARTUP_NAMESPACES.map((ns) => locale(code, ns)));
  if (!open) return urls;
  urls.push(`${origin}/api/languages`);
  if (stored) {
    // Before the language list arrives only English counts as translated (language-model.displayChain).
    const shown = stored.fallbackLanguage ?? stored.language;
    for (const code of shippedChain(shown)) for (const ns of CHAT_NAMESPACES) urls.push(locale(code, ns));
  }
  return [...new Set(urls)];
}
