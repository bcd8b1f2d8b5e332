/** CLDR plural categories in their conventional order, which is also the order we write keys. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** A key such as `children_few` or `place_ordinal_two`, split into its i18next parts. */
export interface PluralKey {
  base: string;
  ordinal: boolean;
  category: PluralCategory;
}

const PLURAL_SUFFIX = /^(.+?)(_ordinal)?_(zero|one|two|few|many|other)$/;

export function parsePluralKey(key: string): PluralKey | undefined {
  const match = PLURAL_SUFFIX.exec(key);
  if (match === null) return undefined;
  return { base: match[1] as string, ordinal: match[2] !== undefined, category: match[3] as PluralCategory };
}

export function pluralKey(base: string, ordinal: boolean, category: PluralCategory): string {
  return `${pluralFamily({ base, ordinal })}_${category}`;
}

/** Names the family all categories of one plural share, e.g. `children` or `place_ordinal`. */
export function pluralFamily(key: Pick<PluralKey, 'base' | 'ordinal'>): string {
  return key.ordinal ? `${key.base}_ordinal` : key.base;
}

const categoryCache = new Map<string, PluralCategory[]>();

/**
 * The categories i18next will ask for in this language, from the runtime's CLDR data, exactly as
 * i18next itself resolves them (it also uses Intl.PluralRules).
 */
export function pluralCategoriesOf(lang: string, ordinal: boolean): PluralCategory[] {
  const cacheKey = `${lang}/${ordinal}`;
  const cached = categoryCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const rules = new Intl.PluralRules(lang, { type: ordinal ? 'ordinal' : 'cardinal' });
  const present = new Set<string>(rules.resolvedOptions().pluralCategories);
  const categories = PLURAL_CATEGORIES.filter((category) => present.has(category));
  categoryCache.set(cacheKey, categories);
  return categories;
}

/** False when the runtime has no plural rules for the language and would silently use its own. */
export function hasPluralRules(lang: string): boolean {
  return Intl.PluralRules.supportedLocalesOf([lang]).length > 0;
}

/** Throws nothing: answers whether `lang` is a well-formed BCP 47 tag Intl can work with. */
export function isLanguageTag(lang: string): boolean {
  try {
    return Intl.getCanonicalLocales(lang).length === 1;
  } catch {
    return false;
  }
}

/**
 * A few numbers that take this form, so a translator can tell what "few" or "many" means in
 * their language without knowing CLDR names. Fractions are tried when no whole number fits.
 */
export function exampleCounts(lang: string, ordinal: boolean, category: PluralCategory): string[] {
  const rules = new Intl.PluralRules(lang, { type: ordinal ? 'ordinal' : 'cardinal' });
  const examples: string[] = [];
  for (let n = 0; n <= 1000 && examples.length < 6; n += 1) {
    if (rules.select(n) === category) examples.push(String(n));
  }
  for (const n of [0.5, 1.5, 2.5]) {
    if (examples.length === 0 && rules.select(n) === category) examples.push(String(n));
  }
  return examples;
}
