import { foldArabicScript } from './fold-arabic-script.js';
import { foldDiacritics } from './fold-diacritics.js';

/**
 * One spelling for the many ways a worried person types the same words: any case, any keyboard,
 * with or without diacritics, Arabic-script letter variants, stretched letters ("pleeeease").
 * Used on both sides of matching (the phrase lists and the family's message), so a phrase author
 * writes the words once in their normal spelling.
 */

/** Apostrophes join rather than split, because people type both "don't" and "dont". */
const APOSTROPHES = /['’‘ʼ`´]/gu;
/** Zero-width joiners: Persian writes می‌خواهم with ZWNJ, most phones type میخواهم. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
/** Three or more of the same letter are emphasis, never spelling. */
const STRETCHED = /(\p{L})\1{2,}/gu;

const PLAIN_ASCII = /^[A-Za-z0-9]+$/;

/** A run of word characters in free text; everything else separates words. */
export const WORD_RUN = /[\p{L}\p{M}\p{N}\u200B-\u200D\u2060\uFEFF'’‘ʼ`´]+/gu;

/** Normalise one run of word characters; the result may hold spaces (NFKC can split a run). */
export function normaliseWord(raw: string): string {
  // Fast path for plain ASCII words, most of every message: the full fold is ten times slower.
  if (PLAIN_ASCII.test(raw)) return raw.toLowerCase().replace(STRETCHED, '$1');
  const folded = raw.replace(APOSTROPHES, '').replace(ZERO_WIDTH, '').normalize('NFKC').toLocaleLowerCase('und');
  return foldArabicScript(foldDiacritics(folded))
    .replace(NOT_WORD, ' ')
    .replace(STRETCHED, '$1')
    .trim();
}

/**
 * NFKC, case fold, diacritics off Latin/Greek/Cyrillic, Arabic-script letters unified, digits to
 * ASCII, punctuation and whitespace collapsed to single spaces, stretched letters squashed.
 */
export function normaliseText(text: string): string {
  const words: string[] = [];
  for (const [raw] of text.matchAll(WORD_RUN)) {
    const word = normaliseWord(raw);
    if (word) words.push(word);
  }
  return words.join(' ');
}
