import type { Translator } from './translator.js';

export interface EntryText {
  text: string;
  /** The family reads another language but no translation exists yet: the card says so. */
  inEnglish: boolean;
}

/**
 * A catalogue entry's translatable field (`resources:entries.<id>.<field>`), or the English the
 * card carries when no unit exists (a newly imported service). Never silently English: a family
 * reading another language sees which texts are still in English.
 */
export function entryText(translator: Translator, id: string, field: 'summary' | 'eligibility', english: string): EntryText {
  const key = `resources:entries.${id}.${field}`;
  const reading = translator.lang.value;
  if (!translator.has(key)) return { text: english, inEnglish: reading !== 'en' };
  const text = translator.t(key);
  return { text, inEnglish: reading !== 'en' && text === translator.english(key) };
}
