import { signal, type ReadonlySignal } from '@preact/signals';
// Named imports: esbuild bundles only these top-level parts of the JSON.
import { connection, errors, language, launcher, panel, quickExit } from '../../locales/en/widget.json';
import { createPublicFetch, type PublicFetch } from './public-fetch.js';
import { createTextCatalog, resolutionOrder, type LocaleTree, type TextParams } from './text-catalog.js';
import { textDirection } from './text-direction.js';

export { CHAT_NAMESPACES, STARTUP_NAMESPACES } from './namespaces.js';
export type { TextParams } from './text-catalog.js';

export interface Translator {
  /** Reads a revision signal, so a component calling t() re-renders when bundles or language change. */
  t(key: string, params?: TextParams): string;
  /** The English source text, shown beneath safety text that is only a draft translation. */
  english(key: string, params?: TextParams): string;
  /** Whether a key has text in the current chain (structured wordings, optional lines). */
  has(key: string): boolean;
  /** The language the text is actually shown in, and its direction, for `lang`/`dir` on the panel. */
  lang: ReadonlySignal<string>;
  dir: ReadonlySignal<'ltr' | 'rtl'>;
  /** Loads `namespaces` for every language in `chain` (best first), then switches to chain[0]. */
  use(chain: readonly string[], namespaces: readonly string[], dir?: 'ltr' | 'rtl'): Promise<void>;
  /** Codes known to have translations; others are not fetched, saving 404s on mobile data. */
  knowTranslated(codes: readonly string[]): void;
}

/**
 * The small text catalog (text-catalog.ts, i18next's behaviour for our texts) fed by a few fetches
 * of /locales/<lang>/<ns>.json along the fallback chain. `showKeys` is the translators' preview mode
 * that shows key names; `forced` (preview) keeps `lang`/`dir` on that language so layout can be
 * checked before any text exists. `load` takes over fetches /widget.js started before the chat arrived.
 */
export function createTranslator(origin: string, showKeys: boolean, forced: string | null = null, load: PublicFetch = createPublicFetch()): Translator {
  const catalog = createTextCatalog();
  const fallbacks = new Map<string, string[]>();
  const requested = new Set<string>();
  let translated: Set<string> | null = null;
  let current = 'en';
  // Only the latest use() may switch language: an earlier, slower one must not win the race.
  let latestUse = 0;
  const revision = signal(0);
  const lang = signal('en');
  const dir = signal<'ltr' | 'rtl'>('ltr');
  const chainOf = (code: string) => resolutionOrder(code, fallbacks.get(code) ?? ['en']);

  // The words needed before or without a connection ship inside the chat bundle, so a dropped
  // signal never leaves Quick exit or an error as a key name. The rest is fetched.
  catalog.add('en', 'widget', { connection, errors, language, launcher, panel, quickExit } as LocaleTree);

  async function fetchBundle(code: string, ns: string): Promise<void> {
    const id = `${code}/${ns}`;
    if (requested.has(id) || (translated && code !== 'en' && !translated.has(code))) return;
    requested.add(id);
    try {
      const response = await load(`${origin}/locales/${encodeURIComponent(code)}/${ns}.json`);
      // 404 means "not translated": stay on the fallback and do not ask again.
      if (response.ok) catalog.add(code, ns, (await response.json()) as LocaleTree);
    } catch {
      // Network failure: forget the attempt so the next use() retries.
      requested.delete(id);
    }
  }

  return {
    t(key, params) {
      void revision.value;
      if (showKeys) return key.includes(':') ? key : `widget:${key}`;
      return catalog.translate(chainOf(current), key, params);
    },
    english(key, params) {
      void revision.value;
      return catalog.translate(chainOf('en'), key, params);
    },
    has(key) {
      void revision.value;
      return catalog.exists(chainOf(current), key);
    },
    lang,
    dir,
    async use(chain, namespaces, direction) {
      const [first = 'en', ...rest] = chain;
      const ticket = ++latestUse;
      fallbacks.set(first, [...rest, 'en']);
      // A browser tag such as pt-BR also tries its base language's translation.
      const codes = [...new Set([...chain.flatMap((code) => [code, code.split('-')[0]!]), 'en'])];
      await Promise.all(codes.flatMap((code) => namespaces.map((ns) => fetchBundle(code, ns))));
      if (ticket !== latestUse) return;
      current = first;
      // `lang` must name the language the words are really in: a missing bundle means English shows.
      const shown = forced ?? codes.find((code) => catalog.hasBundle(code, 'widget')) ?? 'en';
      lang.value = shown;
      dir.value = shown === first && direction ? direction : textDirection(shown);
      revision.value++;
    },
    knowTranslated(codes) {
      translated = new Set(codes);
    },
  };
}
