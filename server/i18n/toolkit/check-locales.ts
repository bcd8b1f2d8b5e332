import { SOURCE_LANGUAGE, UI_NAMESPACES, type UiNamespace } from '../namespaces.js';
import { expectedKeys, explainUnexpectedKey, type ExpectedKey } from './expected-keys.js';
import { findTokenMismatches } from './find-token-mismatches.js';
import type { LoadedLanguage, LoadedLocales } from './load-locales.js';
import { metaFileName, resourceFileName, type Problem } from './locale-snapshot.js';
import { pluralCategoriesOf, pluralFamily } from './plural-keys.js';

export interface CheckReport {
  errors: Problem[];
  warnings: Problem[];
  languages: string[];
}

/**
 * Finds everything that would render wrongly. Missing keys are only counted: i18next shows the
 * English instead, which is a gap in coverage, not a fault. English is always checked because
 * every other language is compared against it.
 */
export function checkLocales(loaded: LoadedLocales, options: { lang?: string } = {}): CheckReport {
  const inScope = (lang: string): boolean =>
    options.lang === undefined || lang === options.lang || lang === SOURCE_LANGUAGE;
  const errors = loaded.errors.filter((problem) => inScope(problem.lang));
  const warnings = loaded.warnings.filter((problem) => inScope(problem.lang));
  const languages = [loaded.english, ...loaded.translations].filter((language) => inScope(language.lang));
  for (const language of languages) {
    let missing = 0;
    let expected = 0;
    for (const ns of UI_NAMESPACES) {
      const result = checkNamespace(loaded, language, ns);
      errors.push(...result.errors);
      missing += result.missing;
      expected += result.expected;
    }
    if (missing > 0 && language.lang !== SOURCE_LANGUAGE) {
      warnings.push({ lang: language.lang, message: `${missing} of ${expected} keys missing (shown in English until translated)` });
    }
  }
  // Stable sort: each language's problems together, in the order they were found.
  const byLanguage = (a: Problem, b: Problem): number => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0);
  return { errors: errors.sort(byLanguage), warnings: warnings.sort(byLanguage), languages: languages.map((language) => language.lang) };
}

function checkNamespace(
  loaded: LoadedLocales,
  language: LoadedLanguage,
  ns: UiNamespace,
): { errors: Problem[]; missing: number; expected: number } {
  const english = loaded.english.namespaces.get(ns);
  const target = language.namespaces.get(ns);
  if (english === undefined || target === undefined) return { errors: [], missing: 0, expected: 0 };
  const { lang } = language;
  const file = resourceFileName(ns);
  const errors: Problem[] = [];
  if (target.exists && !english.exists) {
    errors.push({ lang, file, message: `there is no English ${file} to translate from` });
  }
  const expected = expectedKeys(english.entries, lang);
  const byKey = new Map(expected.map((entry) => [entry.key, entry]));
  for (const [key, text] of english.exists ? target.entries : []) {
    const source = byKey.get(key);
    if (source === undefined) {
      errors.push({ lang, file, key, message: explainUnexpectedKey(key, english.entries, lang) });
    } else if (text.trim() === '') {
      errors.push({ lang, file, key, message: 'empty value (delete the key instead, to fall back to English)' });
    } else {
      for (const message of findTokenMismatches(source.source, text, source.plural !== undefined)) {
        errors.push({ lang, file, key, message });
      }
    }
  }
  const partial = findPartialFamilies(expected, target.entries);
  for (const entry of partial) {
    const needs = pluralCategoriesOf(lang, entry.plural?.ordinal ?? false).join(', ');
    errors.push({ lang, file, key: entry.key, message: `missing plural form "${entry.plural?.category}" (${lang} needs ${needs})` });
  }
  for (const key of target.meta.keys()) {
    if (!target.entries.has(key)) {
      errors.push({ lang, file: metaFileName(ns), key, message: `meta entry for a key that is not in ${file}` });
    }
  }
  const required = expected.filter((entry) => !entry.optional);
  const missing = required.filter((entry) => !target.entries.has(entry.key)).length - partial.length;
  return { errors, missing: target.usable ? missing : 0, expected: required.length };
}

/** Required plural forms absent from a family the translation has started: wrong for some counts. */
function findPartialFamilies(expected: ExpectedKey[], entries: ReadonlyMap<string, string>): ExpectedKey[] {
  const byFamily = new Map<string, ExpectedKey[]>();
  for (const entry of expected) {
    if (entry.plural === undefined) continue;
    const family = pluralFamily(entry.plural);
    byFamily.set(family, [...(byFamily.get(family) ?? []), entry]);
  }
  return [...byFamily.values()].flatMap((members) =>
    members.some((member) => entries.has(member.key))
      ? members.filter((member) => !member.optional && !entries.has(member.key))
      : [],
  );
}
