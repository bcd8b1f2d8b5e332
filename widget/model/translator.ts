import i18next from 'i18next';
import { signal, type ReadonlySignal } from '@preact/signals';
// Named imports: esbuild bundles only these top-level parts of the JSON.
import { connection, errors, language, launcher, panel, quickExit } from '../../locales/en/widget.json';

/** Enough to draw the launcher and the language picker: one small file per language on page load. */
export const STARTUP_NAMESPACES = ['widget'] as const;
/**
 * Everything a conversation can show. quick-replies is here because staff quick replies reach the
 * family as `localised` messages keyed in that namespace.
 */
export const CHAT_NAMESPACES = ['common', 'widget', 'flows', 'resources', 'safeguarding', 'consent', 'quick-replies'] as const;

export type TextParams = Record<string, string | number>;

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
 * i18next fed by a few fetches of /locales/<lang>/<ns>.json along the fallback chain: no backend
 * plugin in the bundle. `showKeys` is the translators' preview mode that shows key names;
 * `forced` (preview) keeps `lang`/`dir` on that language so layout can be checked before any text exists.
 */
export function createTranslator(origin: string, showKeys: boolean, forced: string | null = null): Translator {
  const i18n = i18next.createInstance();
  const fallbacks = new Map<string, string[]>();
  const requested = new Set<string>();
  let translated: Set<string> | null = null;
  // Only the latest use() may switch language: an earlier, slower one must not win the race.
  let latestUse = 0;
  const revision = signal(0);
  const lang = signal('en');
  const dir = signal<'ltr' | 'rtl'>('ltr');

  void i18n.init({
    lng: 'en',
    fallbackLng: (code: string | undefined) => (code && fallbacks.get(code)) || ['en'],
    ns: [...CHAT_NAMESPACES],
    defaultNS: 'widget',
    resources: {},
    partialBundledLanguages: true,
    initAsync: false,
    returnEmptyString: false,
    // Preact escapes text; escaping twice would show "&amp;" to families.
    interpolation: { escapeValue: false },
  });
  // The words needed before or without a connection ship inside widget.js, so a dropped signal
  // never leaves the launcher, Quick exit or an error as a key name. The rest is fetched.
  i18n.addResourceBundle('en', 'widget', { connection, errors, language, launcher, panel, quickExit });

  async function fetchBundle(code: string, ns: string): Promise<void> {
    const id = `${code}/${ns}`;
    if (requested.has(id) || (translated && code !== 'en' && !translated.has(code))) return;
    requested.add(id);
    try {
      const response = await fetch(`${origin}/locales/${encodeURIComponent(code)}/${ns}.json`, { credentials: 'omit' });
      // 404 means "not translated": stay on the fallback and do not ask again.
      if (response.ok) i18n.addResourceBundle(code, ns, await response.json(), true, true);
    } catch {
      // Network failure: forget the attempt so the next use() retries.
      requested.delete(id);
    }
  }

  return {
    t(key, params) {
      void revision.value;
      if (showKeys) return key.includes(':') ? key : `widget:${key}`;
      return params ? i18n.t(key, params) : i18n.t(key);
    },
    english(key, params) {
      void revision.value;
      return i18n.t(key, { ...params, lng: 'en' });
    },
    has(key) {
      void revision.value;
      return i18n.exists(key);
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
      await i18n.changeLanguage(first);
      // `lang` must name the language the words are really in: a missing bundle means English shows.
      const shown = forced ?? codes.find((code) => i18n.hasResourceBundle(code, 'widget')) ?? 'en';
      lang.value = shown;
      dir.value = shown === first && direction ? direction : i18n.dir(shown);
      revision.value++;
    },
    knowTranslated(codes) {
      translated = new Set(codes);
    },
  };
}
