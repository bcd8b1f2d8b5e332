import { z } from 'zod';
import { getLanguage } from '../i18n/language-registry.js';

/**
 * A language code from the registry (server/i18n/languages.json), matched without regard to case
 * and stored in the registry's spelling. Anything else (NUL, bidi overrides, "__proto__",
 * "=1+2") is refused before it can reach the database, an export or a translator lookup.
 */
export const KnownLanguage = z
  .string()
  .min(2)
  .max(35)
  .transform((code, ctx) => {
    const language = getLanguage(code);
    if (!language) {
      ctx.addIssue({ code: 'custom', message: 'not a language Front Door offers' });
      return z.NEVER;
    }
    return language.code;
  });
