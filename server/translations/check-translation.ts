import { findTokenMismatches } from '../i18n/toolkit/find-token-mismatches.js';
import { findGlossaryMisses, type GlossaryTerm } from './find-glossary-misses.js';

export interface TranslationCheck {
  /** What `npm run i18n -- check` would refuse: the text cannot be saved. */
  errors: string[];
  /** Worth a second look (glossary terms), never blocking. */
  warnings: string[];
}

/**
 * The checks on one text, the same in the console as you type and on the server when saved:
 * the toolkit's token rules (placeholders, nesting, markup; `{{count}}` optional in a plural form)
 * and the glossary. Plain functions with no Node APIs, so the console bundle can run them.
 */
export function checkTranslation(source: string, text: string, plural: boolean, glossary: readonly GlossaryTerm[]): TranslationCheck {
  if (text.trim() === '') return { errors: ['empty value (leave it missing instead, to fall back to English)'], warnings: [] };
  return { errors: findTokenMismatches(source, text, plural), warnings: findGlossaryMisses(source, text, glossary) };
}
