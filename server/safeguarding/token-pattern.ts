import { tokeniseText } from './tokenise-text.js';
import { withinEditDistance } from './within-edit-distance.js';

/**
 * One word of a phrase as a safeguarding lead writes it:
 *   kill       the word, allowing a typo if long enough
 *   kill*      any word starting "kill" (kills, killing, killed): one entry covers inflections
 *   *ضربني     any word ending so (Arabic prefixes: يضربني، بيضربني، سيضربني)
 *   *bij*      any word containing it
 *   mujhe|mujhy|mje   any of these spellings
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

function parseAlternative(spelling: string): TokenAlternative[] {
  const anyStart = spelling.startsWith('*');
  const anyEnd = spelling.length > 1 && spelling.endsWith('*');
  const core = spelling.slice(anyStart ? 1 : 0, anyEnd ? -1 : undefined);
  if (core.includes('*')) throw new Error(`"${spelling}": "*" may only start or end a word`);
  const keys = tokeniseText(core).map((token) => token.key);
  return keys.map((key, index) => {
    const chars = [...key];
    return {
      key,
      chars,
      anyStart: anyStart && index === 0,
      anyEnd: anyEnd && index === keys.length - 1,
      maxEdits: typoBudget(chars.length),
    };
  });
}

/** `key` is a text token's match key, `chars` its code points (split once per message). */
export function tokenMatches(pattern: TokenPattern, key: string, chars: readonly string[]): boolean {
  return pattern.some((alt) => alternativeMatches(alt, key, chars));
}

function alternativeMatches(alt: TokenAlternative, key: string, chars: readonly string[]): boolean {
  if (exactlyMatches(alt, key)) return true;
  return alt.maxEdits > 0 && withinEditDistance(alt.chars, chars, alt.maxEdits, alt.anyStart, alt.anyEnd);
}

function exactlyMatches(alt: TokenAlternative, key: string): boolean {
  if (alt.anyStart && alt.anyEnd) return key.includes(alt.key);
  if (alt.anyStart) return key.endsWith(alt.key);
  if (alt.anyEnd) return key.startsWith(alt.key);
  return key === alt.key;
}
