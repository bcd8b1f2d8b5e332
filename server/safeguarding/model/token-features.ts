import type { Token } from '../tokenise-text.js';

/**
 * The model's features, hashed into `buckets` slots (a power of two): per word, its character
 * 2- to 5-grams with word-boundary marks ("<kil", "ll>"), the whole word, and the pair it makes
 * with the word before. Character n-grams carry spelling drift, inflection and romanisation
 * across words no list names; word pairs carry what a lone word cannot ("my room", "at night").
 * Features of one word depend only on it and the word before, so a window's features are the
 * union of its words' features: long messages are scored in windows without hashing twice.
 */
export const MIN_GRAM = 2;
export const MAX_GRAM = 5;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Distinct seeds keep a word, a word pair and an n-gram of the same letters in different slots. */
const WORD_SEED = 0x9e3779b1;
const PAIR_SEED = 0x85ebca6b;
const BOUNDARY = 0x1e;

function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

function wordHash(word: string): number {
  let hash = mix(FNV_OFFSET, WORD_SEED);
  for (let i = 0; i < word.length; i++) hash = mix(hash, word.charCodeAt(i));
  return hash;
}

/** Appends the slots of one word's features (with the word before it, if any) to `out`. */
export function wordFeatures(word: string, previous: string | undefined, buckets: number, out: number[]): void {
  const mask = buckets - 1;
  const length = word.length + 2;
  const codeAt = (i: number) => (i === 0 || i === length - 1 ? BOUNDARY : word.charCodeAt(i - 1));
  for (let start = 0; start < length - 1; start++) {
    let hash = FNV_OFFSET;
    for (let n = 1; n <= MAX_GRAM && start + n <= length; n++) {
      hash = mix(hash, codeAt(start + n - 1));
      if (n >= MIN_GRAM) out.push(mix(hash, n) & mask);
    }
  }
  const own = wordHash(word);
  out.push(own & mask);
  if (previous !== undefined) out.push(mix(mix(wordHash(previous), PAIR_SEED), own) & mask);
}

/** Feature slots per token, in token order (each list holds the token's n-grams, word and pair). */
export function tokenFeatures(tokens: readonly Token[], buckets: number): number[][] {
  return tokens.map((token, index) => {
    const out: number[] = [];
    wordFeatures(token.key, index > 0 ? tokens[index - 1]!.key : undefined, buckets, out);
    return out;
  });
}
