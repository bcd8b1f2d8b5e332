import i18next from 'i18next';
import { fallbackChain } from './language-registry.js';
import type { Resources } from './load-locales.js';
import { UI_NAMESPACES } from './namespaces.js';

export type TextParams = Record<string, string | number>;

export interface Translator {
  /** Text for a namespaced key such as `flows:ffd.welcome`; `count` in params picks the plural. */
  t(key: string, params?: TextParams): string;
  /** The registry code text is looked up in first (an unlisted code resolves to its nearest). */
  readonly language: string;
  /** Every language tried, best first, ending with English. */
  readonly fallbackChain: readonly string[];
}

// Keyed by the resources object, so reloaded locales or test fixtures never share stale instances.
const cache = new WeakMap<Resources, Map<string, Translator>>();

/**
 * A translator for one language over preloaded resources, on its own i18next instance so that
 * languages never change each other's state. Built once per language and resources object.
 */
export function createTranslator(resources: Resources, language: string): Translator {
  let byLanguage = cache.get(resources);
  if (byLanguage === undefined) {
    byLanguage = new Map();
    cache.set(resources, byLanguage);
  }
  const chain = fallbackChain(language);
  const resolved = chain[0] as string;
  const existing = byLanguage.get(resolved);
  if (existing !== undefined) return existing;
  const translator = buildTranslator(resources, chain);
  byLanguage.set(resolved, translator);
  return translator;
}

function buildTranslator(resources: Resources, chain: readonly string[]): Translator {
  const [language = 'en', ...fallbacks] = chain;
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: fallbacks,
    // Only our explicit chain: 'all' would also try the bare language, e.g. Gurmukhi text for a
    // Shahmukhi reader if a pa/ folder ever appeared.
    load: 'currentOnly',
    resources,
    ns: [...UI_NAMESPACES],
    defaultNS: 'common',
    nsSeparator: ':',
    keySeparator: '.',
    initAsync: false,
    // An empty string is an untranslated placeholder: fall back rather than show a blank.
    returnEmptyString: false,
    returnNull: false,
    // Output goes into textContent, never HTML, and escaping would show "&amp;" to families.
    interpolation: { escapeValue: false },
  });
  return Object.freeze({
    language,
    fallbackChain: Object.freeze([...chain]),
    t: (key: string, params?: TextParams) => String(params ? instance.t(key, params) : instance.t(key)),
  });
}
