/**
 * Finding a language by what the family types or what their browser says. The widget bundles this
 * file, so it stays free of zod and node imports: plain data in, plain data out.
 */

/** One entry of languages.json. */
export type Language = {
  /** BCP 47 tag, with a script subtag where one language is written in several scripts. */
  readonly code: string;
  /** The language's name for itself, in its own script. */
  readonly endonym: string;
  readonly english: string;
  readonly dir: 'ltr' | 'rtl';
  /** Languages a reader of this one can reasonably read, best first; English is implied last. */
  readonly fallback: readonly string[];
  readonly scriptNote?: string;
};

/**
 * Browsers send macrolanguage tags that no single entry carries, e.g. "ku" for Kurdish. Other
 * aliases (fa-AF for Dari, fil for Tagalog, sgn-GB for BSL) are resolved by Intl canonicalisation.
 */
const MACROLANGUAGES: Readonly<Record<string, readonly string[]>> = {
  ku: ['kmr', 'ckb'],
  no: ['nb', 'nn'],
};

/**
 * Languages matching a search query, best first: names starting with the query, then names with
 * a word starting with it, then names merely containing it. An empty query lists the browser's
 * languages (`navigator.languages`) first and then everything else by English name.
 */
export function searchLanguages(
  languages: readonly Language[],
  query: string,
  preferred: readonly string[],
): Language[] {
  const order = preferenceOrder(languages, preferred);
  const needle = foldForSearch(query);
  if (needle === '') {
    const first = [...order.keys()];
    return [...first, ...byEnglishName(languages.filter((l) => !order.has(l)))];
  }
  const ranked: { language: Language; rank: number }[] = [];
  for (const language of languages) {
    const rank = Math.min(rankName(language.endonym, needle), rankName(language.english, needle));
    if (rank < NO_MATCH) ranked.push({ language, rank });
  }
  return ranked
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (order.get(a.language) ?? Infinity) - (order.get(b.language) ?? Infinity) ||
        a.language.english.localeCompare(b.language.english, 'en'),
    )
    .map((r) => r.language);
}

/**
 * The entries a BCP 47 tag points at, best first: the exact entry (after canonicalising aliases
 * such as iw -> he), else every entry of the same language, those in the tag's script first.
 */
export function matchLanguageTag(languages: readonly Language[], tag: string): Language[] {
  const wanted = describeTag(tag);
  if (wanted === undefined) return [];
  const literal = languages.filter((l) => l.code.toLowerCase() === tag.toLowerCase());
  if (literal.length > 0) return literal;
  const members = MACROLANGUAGES[wanted.language] ?? [];
  const aliased = languages.filter((l) => describeTag(l.code)?.canonical === wanted.canonical);
  const named = [...aliased, ...languages.filter((l) => members.includes(l.code) && !aliased.includes(l))];
  if (named.length > 0) return named;
  const family = languages.filter((l) => describeTag(l.code)?.language === wanted.language);
  // A bare tag such as "pa" says nothing about script, so the registry's own order stands.
  if (!wanted.hintsScript) return family;
  const inScript = family.filter((l) => describeTag(l.code)?.script === wanted.script);
  return [...inScript, ...family.filter((l) => !inScript.includes(l))];
}

/** Lower-cases and strips what people leave out when typing: accents, vowel marks, letter variants. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(IGNORED_MARKS, '')
    .toLowerCase()
    .replace(FOLDED_LETTERS, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

const NO_MATCH = 3;

function rankName(name: string, needle: string): number {
  const folded = foldForSearch(name);
  if (folded.startsWith(needle)) return 0;
  const at = folded.indexOf(needle);
  if (at < 0) return NO_MATCH;
  return /[\s(\-/]/.test(folded.charAt(at - 1)) ? 1 : 2;
}

function preferenceOrder(languages: readonly Language[], preferred: readonly string[]): Map<Language, number> {
  const order = new Map<Language, number>();
  for (const tag of preferred) {
    for (const language of matchLanguageTag(languages, tag)) {
      if (!order.has(language)) order.set(language, order.size);
    }
  }
  return order;
}

function byEnglishName(languages: readonly Language[]): Language[] {
  return [...languages].sort((a, b) => a.english.localeCompare(b.english, 'en'));
}

type TagParts = { canonical: string; language: string; script: string | undefined; hintsScript: boolean };

// Bounded because the server also looks up tags that clients send.
const TAG_CACHE_LIMIT = 1000;
const tagCache = new Map<string, TagParts | undefined>();

function describeTag(tag: string): TagParts | undefined {
  if (tagCache.has(tag)) return tagCache.get(tag);
  let parts: TagParts | undefined;
  try {
    const locale = new Intl.Locale(Intl.getCanonicalLocales(tag)[0] ?? tag);
    parts = {
      canonical: locale.baseName,
      language: locale.language,
      script: locale.maximize().script,
      // Only a script or region in the tag itself says which script is likely (zh-TW, pa-PK).
      hintsScript: locale.script !== undefined || locale.region !== undefined,
    };
  } catch {
    parts = undefined;
  }
  if (tagCache.size >= TAG_CACHE_LIMIT) tagCache.clear();
  tagCache.set(tag, parts);
  return parts;
}

/**
 * Latin/Greek/Cyrillic accents, Arabic harakat, superscript alef and tatweel, Hebrew niqqud,
 * joiners and apostrophes (Oʻzbekcha). Indic vowel signs are marks too but are kept: they are
 * letters, not decoration.
 */
const IGNORED_MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u0640\u0591-\u05c7\u200c\u200d\u02bb\u02bc\u2019']/g;

/** Letters with no decomposition, and Arabic-script variants that differ between keyboards. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ħ: 'h', ı: 'i', ə: 'e', ŋ: 'n', ɔ: 'o',
  ɛ: 'e', ʋ: 'v', ɓ: 'b', ɗ: 'd', ƙ: 'k',
  // Hamza and madda forms of alef already decompose under NFD; these do not.
  ي: 'ی', ى: 'ی', ك: 'ک', ہ: 'ه', ە: 'ه', ٱ: 'ا',
};
const FOLDED_LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
