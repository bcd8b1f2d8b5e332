import { normaliseWord } from './normalise-text.js';

export interface Token {
  /** Offsets in the original text, so a match can quote what the family actually wrote. */
  readonly start: number;
  readonly end: number;
  /** The normalised word. */
  readonly norm: string;
  /** What matching compares: `norm` with doubled letters single ("maar" = "mar", "kill" = "kil"). */
  readonly key: string;
  /** Which clause of the message the word is in: punctuation between two words starts a new one. */
  readonly clause: number;
}

/**
 * Punctuation that ends a clause: Latin, Arabic-script (، ؟ ؛ and the Urdu full stop ۔) and
 * Ethiopic (፣ ። ፤ ፥ ፦ ፧). A negation reaches no further and a phrase never spans one.
 */
export const CLAUSE_END = /[.!?;,:\n\u060C\u061B\u061F\u06D4\u1361-\u1368]/u;

/**
 * Scripts written without spaces between words: every character is its own token, so a phrase
 * made of several characters matches as a substring.
 */
const NO_SPACE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
/**
 * Emoji that name means of harm (pills, knife, blood, rope, gun, dagger, coffin, headstone) are
 * words of their own: young people write "💊💊 tonight" instead of the word, and the pill emoji
 * predicts an overdose better than "suicide" does (Crisis Text Line). Other emoji stay invisible.
 */
const MEANS_EMOJI = '\\u{1F48A}\\u{1F52A}\\u{1FA78}\\u{1FAA2}\\u{1F52B}\\u{1F5E1}\\u{26B0}\\u{1FAA6}';
const MEANS_EMOJI_ONLY = new RegExp(`^[${MEANS_EMOJI}]$`, 'u');
const RUN = new RegExp(
  `[${MEANS_EMOJI}]|[${NO_SPACE}]\\p{M}*|(?:(?![${NO_SPACE}])[\\p{L}\\p{M}\\p{N}\\u200B-\\u200D\\u2060\\uFEFF'’‘ʼ\`´])+`,
  'gu',
);

/**
 * Doubled letters are the commonest spelling drift in romanised Urdu and Punjabi ("maar"/"mar",
 * "chahta"/"chahtaa") and in typos ("stabed"); comparing with them collapsed costs little precision.
 */
const DOUBLED = /(\p{L})\1+/gu;

export function matchKey(norm: string): string {
  return norm.replace(DOUBLED, '$1');
}

export function tokeniseText(text: string): Token[] {
  const tokens: Token[] = [];
  // Long messages repeat their words; each distinct spelling is normalised once.
  const seen = new Map<string, { norm: string; key: string }[]>();
  let clause = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(RUN)) {
    const start = match.index;
    if (tokens.length > 0 && CLAUSE_END.test(text.slice(previousEnd, start))) clause++;
    previousEnd = start + match[0].length;
    const end = start + match[0].length;
    let parts = seen.get(match[0]);
    if (!parts) {
      parts = MEANS_EMOJI_ONLY.test(match[0])
        ? [{ norm: match[0], key: match[0] }]
        : normaliseWord(match[0])
            .split(' ')
            .filter((norm) => norm !== '')
            .map((norm) => ({ norm, key: matchKey(norm) }));
      seen.set(match[0], parts);
    }
    for (const { norm, key } of parts) tokens.push({ start, end, norm, key, clause });
  }
  return tokens;
}
