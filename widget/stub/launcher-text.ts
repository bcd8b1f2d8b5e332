import type { ChatLanguage } from '../model/chat-session.js';
import type { EmbedConfig } from '../model/embed-config.js';
import { textDirection } from '../model/text-direction.js';

export interface LauncherText {
  label: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * The launcher's words before the chat is fetched, chosen as the chat chooses them: the language
 * the family last read the chat in, else the page's or browser's first language (its base language
 * next, then English). `labels` is every shipped language's launcher label, written in at build time.
 */
export function launcherText(config: EmbedConfig, stored: ChatLanguage | null, labels: Record<string, string>): LauncherText {
  const first = config.preview ?? (stored ? (stored.fallbackLanguage ?? stored.language) : config.preferred[0]) ?? 'en';
  const codes = [first, first.split('-')[0]!, 'en'];
  const shown = config.preview ?? codes.find((code) => code in labels) ?? 'en';
  const label = config.showKeys ? 'widget:launcher.label' : (codes.map((code) => labels[code]).find(Boolean) ?? '');
  return { label, lang: shown, dir: textDirection(shown) };
}
