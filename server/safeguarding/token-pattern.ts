import { tokeniseText } from './tokenise-text.js';
import { withinEditDistance } from './within-edit-distance.js';

/**
 * One word of a phrase as a safeguarding lead writes it:
 *   kill       the word, allowing a typo if long enough
 *   kill*      any word starting "kill" (kills, killing, killed): one entry covers inflections
 *   *ضربني     any word ending so (Arabic prefixes: يضربني، بيضربني، سيضربني)
 *   *bij*      any word containing it
 *   mujhe|mujhy|mje   any of these spellings
 *   =megolom   exactly this word, no typo allowance: for words one letter away from an everyday
 *              word (Hungarian "megölöm" kill vs "megoldom" solve)
 */
export interface TokenAlternative {
  readonly key: string;
  readonly chars: readonly string[];
  readonly anyStart: boolean;
  readonly anyEnd: boolean;
  readonly maxEdits: number;
}
export type TokenPattern = readonly TokenAlternative[];

/** Short words get no typo allowance: one edit turns "hit" into "hot" and "mar" into "mat". */
export function typoBudget(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/**
 * Parse one space-separated word of a phrase. Normalising may split it (e.g. "self-harm", or a
 * word in a script written without spaces), so the result is one or more patterns in sequence.
 */
export function parseTokenPattern(word: string): TokenPattern[] {
  const alternatives = word.split('|').map(parseAlternative);
  if (alternatives.some((parts) => parts.length === 0)) {
    throw new Error(`"${word}" has an empty spelling (check for "||", a lone "*" or punctuation only)`);
  }
  if (alternatives.length === 1) return alternatives[0]!.map((part) => [part]);
  if (alternatives.some((parts) => parts.length > 1)) {
    throw new Error(`"${word}": each spelling between "|" must be a single word`);
  }
  return [alternatives.map((parts) => parts[0]!)];
}

function parseAlternative(written: string): TokenAlternative[] {
  const exact = written.startsWith('=');
  const spelling = exact ? written.slice(1) : written;
  const anyStart = spelling.startsWith('*');
  const anyEnd = spelling.length > 1 && spelling.endsWith('*');
  const core = spelling.slice(anyStart ? 1 : 0, anyEnd ? -1 : undefined);
  if (/[*=]/u.test(core)) throw new Error(`"${written}": "*" may only start or end a word and "=" only start it`);
  const keys = tokeniseText(core).map((token) => token.key);
  return keys.map((key, index) => {
    const chars = [...key];
    return {
      key,
      chars,
      anyStart: anyStart && index === 0,
      anyEnd: anyEnd && index === keys.length - 1,
      maxEdits: exact ? 0 : typoBudget(chars.length),
    };
  });
}

export const NO_MATCH = 0;
export const EXACT = 1;
export const MISSPELT = 2;
export type MatchStrength = typeof NO_MATCH | typeof EXACT | typeof MISSPELT;

/** A word of the message as matching sees it, split once per message. */
export interface TextWord {
  readonly key: string;
  readonly chars: readonly string[];
  readonly letters: ReadonlySet<string>;
}

export function toTextWord(key: string): TextWord {
  const chars = [...key];
  return { key, chars, letters: new Set(chars) };
}

/** How a word of the message matches a pattern: exactly (after normalising), only within the typo allowance, or not at all. */
export function tokenMatches(pattern: TokenPattern, word: TextWord): MatchStrength {
  if (pattern.some((alt) => exactlyMatches(alt, word.key))) return EXACT;
  const misspelt = pattern.some(
    (alt) =>
      alt.maxEdits > 0 &&
      couldBeMisspelt(alt, word.letters) &&
      withinEditDistance(alt.chars, word.chars, alt.maxEdits, alt.anyStart, alt.anyEnd),
  );
  return misspelt ? MISSPELT : NO_MATCH;
}

/**
 * Each edit loses at most one of the pattern's letters, so a word missing more than `maxEdits` of
 * them cannot match. Cheap, and it skips the edit-distance table for nearly every pair (all pairs
 * in different scripts).
 */
function couldBeMisspelt(alt: TokenAlternative, letters: ReadonlySet<string>): boolean {
  let missing = 0;
  for (const char of alt.chars) {
    if (!letters.has(char) && ++missing > alt.maxEdits) return false;
  }
  return true;
}

function exactlyMatches(alt: TokenAlternative, key: string): boolean {
  if (alt.anyStart && alt.anyEnd) return key.includes(alt.key);
  if (alt.anyStart) return key.endsWith(alt.key);
  if (alt.anyEnd) return key.startsWith(alt.key);
  return key === alt.key;
}
