import { tokeniseText } from './tokenise-text.js';

/**
 * One word of a phrase as a safeguarding lead writes it:
 *   kill       the word, allowing one typo if six letters or more
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

/** One typo is allowed in words of six letters or more; shorter words and "=" words get none. */
export function typoBudget(length: number): number {
  return length >= 6 ? 1 : 0;
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
