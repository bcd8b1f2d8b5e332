import {
  parsePluralKey,
  pluralCategoriesOf,
  pluralFamily,
  pluralKey,
  type PluralCategory,
  type PluralKey,
} from './plural-keys.js';

/** A key a language is expected to provide, with the English text it translates. */
export interface ExpectedKey {
  key: string;
  /** The English text shown to the translator and hashed into meta. */
  source: string;
  plural?: PluralKey;
  /**
   * True for `_zero` in a language whose grammar has no zero form: i18next uses it for a count of
   * exactly 0 when present, so it is allowed when English has one, but never required.
   */
  optional: boolean;
}

/**
 * Expands English keys into the keys `lang` needs, in English order. A plural family becomes one
 * key per category the language's grammar uses; categories English lacks (few, many, two) are
 * translated from the English `other` form, which is what a translator would work from anyway.
 */
export function expectedKeys(english: ReadonlyMap<string, string>, lang: string): ExpectedKey[] {
  const families = englishPluralFamilies(english);
  const done = new Set<string>();
  const expected: ExpectedKey[] = [];
  for (const [key, text] of english) {
    const plural = parsePluralKey(key);
    if (plural === undefined) {
      expected.push({ key, source: text, optional: false });
      continue;
    }
    const family = pluralFamily(plural);
    if (done.has(family)) continue;
    done.add(family);
    const members = families.get(family) as Map<PluralCategory, string>;
    const required = pluralCategoriesOf(lang, plural.ordinal);
    const zeroOverride = !plural.ordinal && members.has('zero') && !required.includes('zero');
    const categories = zeroOverride ? (['zero', ...required] as PluralCategory[]) : required;
    for (const category of categories) {
      const source = members.get(category) ?? members.get('other') ?? (members.values().next().value as string);
      expected.push({
        key: pluralKey(plural.base, plural.ordinal, category),
        source,
        plural: { ...plural, category },
        optional: zeroOverride && category === 'zero',
      });
    }
  }
  return expected;
}

/** English plural families: family name -> category -> English text. */
export function englishPluralFamilies(
  english: ReadonlyMap<string, string>,
): Map<string, Map<PluralCategory, string>> {
  const families = new Map<string, Map<PluralCategory, string>>();
  for (const [key, text] of english) {
    const plural = parsePluralKey(key);
    if (plural === undefined) continue;
    const family = pluralFamily(plural);
    const members = families.get(family) ?? new Map<PluralCategory, string>();
    members.set(plural.category, text);
    families.set(family, members);
  }
  return families;
}

/** Why `key` has no place in `lang`: a plural form its grammar lacks, or not in English at all. */
export function explainUnexpectedKey(key: string, english: ReadonlyMap<string, string>, lang: string): string {
  const plural = parsePluralKey(key);
  if (plural !== undefined && englishPluralFamilies(english).has(pluralFamily(plural))) {
    const used = pluralCategoriesOf(lang, plural.ordinal).join(', ');
    return `plural form "${plural.category}" is not used in ${lang} (${lang} uses ${used})`;
  }
  return 'extra key not in English (remove it, or have it added to English first)';
}
