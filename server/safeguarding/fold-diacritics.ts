/**
 * Families type on whatever keyboard they have: Polish without ogonki, Turkish without dotted
 * letters, Romanian with cedillas instead of commas. Latin, Greek and Cyrillic marks are dropped so
 * "zabić", "zabic" and "ZABIĆ" compare equal. Marks on Brahmic and Arabic letters are vowels or
 * change the letter, so they stay (Arabic harakat are handled in fold-arabic-script.ts).
 */

/** Letters that carry their mark inside the code point, so NFD cannot split them. */
const LETTER_FOLDS: Record<string, string> = {
  'ł': 'l', 'đ': 'd', 'ð': 'd', 'ø': 'o', 'ħ': 'h', 'ŀ': 'l', 'ı': 'i', 'ß': 'ss',
  'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ς': 'σ',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

const STRIPPED_BASE = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const MARK = /\p{M}/u;

/**
 * Brahmic scripts: nukta and chandrabindu are often left out or swapped for anusvara; Gurmukhi
 * tippi/bindi are interchangeable and addak (the doubling sign) is often skipped.
 */
const BRAHMIC_FOLDS: Record<string, string> = {
  '\u093C': '', '\u0901': '\u0902', // Devanagari nukta, chandrabindu
  '\u09BC': '', '\u0981': '\u0982', 'ৎ': 'ত', // Bengali nukta, chandrabindu, khanda ta
  '\u0A3C': '', '\u0A70': '\u0A02', '\u0A71': '', // Gurmukhi nukta, tippi, addak
  '\u0ABC': '', '\u0A81': '\u0A82', // Gujarati nukta, chandrabindu
};
const BRAHMIC = new RegExp(`[${Object.keys(BRAHMIC_FOLDS).join('')}]`, 'gu');

/** Decimal digits of Brahmic scripts, by the code point of their zero. */
const DIGIT_ZEROS = [0x0966, 0x09e6, 0x0a66, 0x0ae6];

/** Text with none of these has no Latin/Greek/Cyrillic marks or special letters to fold. */
const MAY_FOLD = /[\u00C0-\u052F\u1E00-\u1FFF\u0300-\u036F]/u;

export function foldDiacritics(text: string): string {
  if (!MAY_FOLD.test(text)) return foldBrahmic(text);
  let out = '';
  let stripMarks = false;
  for (const char of text.normalize('NFD')) {
    if (MARK.test(char)) {
      if (!stripMarks) out += char;
      continue;
    }
    stripMarks = STRIPPED_BASE.test(char);
    out += char;
  }
  return foldBrahmic(out.normalize('NFC').replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter));
}

function foldBrahmic(text: string): string {
  return text.replace(BRAHMIC, (mark) => BRAHMIC_FOLDS[mark] ?? mark).replace(/\p{Nd}/gu, foldDigit);
}

function foldDigit(digit: string): string {
  const code = digit.codePointAt(0) ?? 0;
  const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9);
  return zero === undefined ? digit : String(code - zero);
}
