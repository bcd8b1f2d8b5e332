import { z } from 'zod';
import languagesJson from './languages.json' with { type: 'json' };
import { matchLanguageTag, type Language } from './language-search.js';
import { SOURCE_LANGUAGE } from './namespaces.js';

export type { Language } from './language-search.js';

const LanguageSchema = z.strictObject({
  code: z.string().refine(isCanonicalTag, 'must be a canonical BCP 47 tag'),
  endonym: z.string().trim().min(1),
  english: z.string().trim().min(1),
  dir: z.enum(['ltr', 'rtl']),
  fallback: z.array(z.string()),
  scriptNote: z.string().trim().min(1).optional(),
}) satisfies z.ZodType<Language>;

const LanguageList = z.array(LanguageSchema).superRefine((languages, ctx) => {
  const codes = new Set<string>();
  for (const [index, { code }] of languages.entries()) {
    if (codes.has(code)) ctx.addIssue({ code: 'custom', path: [index, 'code'], message: `duplicate code ${code}` });
    codes.add(code);
  }
  if (!codes.has(SOURCE_LANGUAGE)) ctx.addIssue({ code: 'custom', path: [], message: `${SOURCE_LANGUAGE} is missing` });
  for (const [index, language] of languages.entries()) {
    for (const message of fallbackProblems(language, codes)) {
      ctx.addIssue({ code: 'custom', path: [index, 'fallback'], message });
    }
  }
});

function fallbackProblems({ code, fallback }: Language, codes: ReadonlySet<string>): string[] {
  const problems = fallback.filter((other) => !codes.has(other)).map((other) => `${code} falls back to unknown ${other}`);
  // English ends every chain anyway; listing it, the language itself or a repeat hides a mistake.
  if (fallback.includes(SOURCE_LANGUAGE)) problems.push(`${code} lists ${SOURCE_LANGUAGE}, which every chain ends with`);
  if (fallback.includes(code)) problems.push(`${code} lists itself as a fallback`);
  if (new Set(fallback).size !== fallback.length) problems.push(`${code} lists a fallback twice`);
  return problems;
}

/** Validates a language list: unique codes, and every fallback names another listed language. */
export function parseLanguages(data: unknown): Language[] {
  return LanguageList.parse(data);
}

const LANGUAGES: readonly Language[] = Object.freeze(parseLanguages(languagesJson));
const BY_CODE = new Map(LANGUAGES.map((l) => [l.code.toLowerCase(), l]));

/** Every language a family can choose, in registry order. */
export function listLanguages(): readonly Language[] {
  return LANGUAGES;
}

/** The registry entry for a code, ignoring case; undefined when the code is not listed. */
export function getLanguage(code: string): Language | undefined {
  return BY_CODE.get(code.toLowerCase());
}

/**
 * Languages to look text up in, best first: the language, the languages its readers can read,
 * then English. An unlisted code resolves to the nearest listed language (same primary subtag,
 * aliases such as fa-AF -> prs), or to English alone; the unlisted code itself is dropped since
 * no translation can be filed under it.
 */
export function fallbackChain(code: string): string[] {
  const language = getLanguage(code) ?? matchLanguageTag(LANGUAGES, code)[0];
  const chain = language ? [language.code, ...language.fallback] : [];
  return [...new Set([...chain, SOURCE_LANGUAGE])];
}

/** Text direction for a code; unlisted codes use the nearest language, then their likely script. */
export function directionOf(code: string): 'ltr' | 'rtl' {
  const language = getLanguage(code) ?? matchLanguageTag(LANGUAGES, code)[0];
  return language?.dir ?? likelyDirection(code);
}

/** Scripts written right to left that a language in Bradford's communities might use. */
export const RTL_SCRIPTS: ReadonlySet<string> = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand']);

function likelyDirection(code: string): 'ltr' | 'rtl' {
  try {
    const script = new Intl.Locale(code).maximize().script;
    return script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

function isCanonicalTag(code: string): boolean {
  try {
    const canonical = Intl.getCanonicalLocales(code)[0];
    // i18next canonicalises hyphenated tags (sgn-GB -> bfi), so those must be stored canonical.
    return canonical !== undefined && (!code.includes('-') || canonical === code);
  } catch {
    return false;
  }
}
