import { z } from 'zod';
import { getLanguage, listLanguages } from '../i18n/language-registry.js';
import { matchLanguageTag } from '../i18n/language-search.js';

/**
 * A language from the registry (server/i18n/languages.json): its code in any case, or a
 * well-formed tag the registry resolves (zh -> zh-Hans, ur-Latn -> ur), stored as the registry's code. Anything else (NUL, bidi overrides, "__proto__",
 * "=1+2") is refused before it can reach the database, an export or a translator lookup.
 */
export const KnownLanguage = z
  .string()
  .min(2)
  .max(35)
  .transform((code, ctx) => {
    const language = getLanguage(code) ?? matchLanguageTag(listLanguages(), code)[0];
    if (!language) {
      ctx.addIssue({ code: 'custom', message: 'not a language Front Door offers' });
      return z.NEVER;
    }
    return language.code;
  });
