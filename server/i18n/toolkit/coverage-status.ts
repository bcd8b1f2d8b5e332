import { UI_NAMESPACES, type UiNamespace } from '../namespaces.js';
import { isReviewed, keyStatuses } from './key-status.js';
import type { LoadedLocales } from './load-locales.js';

export interface Coverage {
  /** Keys this language needs (plural families count once per form its grammar uses). */
  keys: number;
  translated: number;
  reviewed: number;
  stale: number;
  missing: number;
  /** Whole percentages, rounded down so 100 means complete; null when there is nothing to translate. */
  translatedPercent: number | null;
  reviewedPercent: number | null;
}

export interface LanguageStatus {
  lang: string;
  name: string;
  total: Coverage;
  namespaces: ({ ns: UiNamespace } & Coverage)[];
}

export interface StatusReport {
  sourceLanguage: string;
  languages: LanguageStatus[];
}

/** Coverage per language and namespace. Optional `_zero` forms are left out of every count. */
export function coverageStatus(loaded: LoadedLocales): StatusReport {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  const languages = loaded.translations.map((language) => {
    // Namespaces English does not have yet would only add rows of zeros.
    const present = UI_NAMESPACES.filter((ns) => loaded.english.namespaces.get(ns)?.exists === true);
    const namespaces = present.map((ns) => {
      const statuses = keyStatuses(loaded, language, ns).filter((status) => !status.optional);
      return {
        ns,
        ...coverage({
          keys: statuses.length,
          translated: statuses.filter((status) => status.text !== undefined).length,
          reviewed: statuses.filter(isReviewed).length,
          stale: statuses.filter((status) => status.state === 'stale').length,
        }),
      };
    });
    const sum = (field: 'keys' | 'translated' | 'reviewed' | 'stale'): number =>
      namespaces.reduce((total, row) => total + row[field], 0);
    const total = coverage({ keys: sum('keys'), translated: sum('translated'), reviewed: sum('reviewed'), stale: sum('stale') });
    return { lang: language.lang, name: names.of(language.lang) ?? language.lang, total, namespaces };
  });
  return { sourceLanguage: loaded.english.lang, languages };
}

function coverage(counts: Pick<Coverage, 'keys' | 'translated' | 'reviewed' | 'stale'>): Coverage {
  const percent = (part: number): number | null =>
    counts.keys === 0 ? null : Math.floor((part * 100) / counts.keys);
  return {
    ...counts,
    missing: counts.keys - counts.translated,
    translatedPercent: percent(counts.translated),
    reviewedPercent: percent(counts.reviewed),
  };
}
