import type { GlossaryTerm } from './find-glossary-misses.js';
import type { TranslationConfig } from './translation-config.js';

/** The glossary terms one language has agreed; terms without a translation there are not checked. */
export function glossaryFor(config: TranslationConfig, language: string): GlossaryTerm[] {
  return config.glossary.flatMap((entry) => {
    const translation = entry.languages[language];
    return translation === undefined ? [] : [{ term: entry.term, translation, note: entry.note }];
  });
}
