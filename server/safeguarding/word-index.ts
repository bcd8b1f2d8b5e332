import type { TokenAlternative, TokenPattern } from './token-pattern.js';
import { withinEditDistance } from './within-edit-distance.js';

export interface IndexedWord {
  readonly pattern: TokenPattern;
  readonly language: string;
}

/** What one word of a message matched: word ids matched exactly, and ids matched only with a typo. */
export interface WordHits {
  readonly exact: readonly number[];
  readonly misspelt: readonly number[];
}

const NONE: WordHits = { exact: [], misspelt: [] };

interface TypoCandidate {
  readonly word: number;
  readonly chars: readonly string[];
}

/**
 * Finds which phrase words a word of the message matches without trying them all: exact spellings
 * in a Map, "stem*" by looking up each prefix length that has stems, "*ending" likewise, and typos
 * by symmetric deletion (a word and a pattern one edit apart share a one-letter deletion). Cost per
 * message word is flat in the number of phrases and languages.
 */
export class WordIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly prefix = new Map<string, number[]>();
  private readonly suffix = new Map<string, number[]>();
  private readonly infix: { key: string; word: number }[] = [];
  private readonly typo = new Map<string, TypoCandidate[]>();
  private prefixLengths: number[] = [];
  private suffixLengths: number[] = [];

  constructor(private readonly words: readonly IndexedWord[]) {
    const prefixLengths = new Set<number>();
    const suffixLengths = new Set<number>();
    words.forEach((word, id) => {
      for (const alt of word.pattern) {
        if (alt.anyStart && alt.anyEnd) this.infix.push({ key: alt.key, word: id });
        else if (alt.anyStart) (add(this.suffix, alt.key, id), suffixLengths.add(alt.key.length));
        else if (alt.anyEnd) (add(this.prefix, alt.key, id), prefixLengths.add(alt.key.length));
        else {
          add(this.exact, alt.key, id);
          if (alt.maxEdits > 0) this.indexTypos(alt, id);
        }
      }
    });
    this.prefixLengths = [...prefixLengths].sort((a, b) => a - b);
    this.suffixLengths = [...suffixLengths].sort((a, b) => a - b);
  }

  get size(): number {
    return this.words.length;
  }

  language(word: number): string {
    return this.words[word]!.language;
  }

  /**
   * Words matching `key` (a normalised message word). Typos count only for words of the languages
   * in `ownLanguages`: one language's ordinary word is often one letter from another language's
   * danger word ("talk"/"stalk"), so typo tolerance stays with the conversation's own languages.
   */
  lookup(key: string, ownLanguages: ReadonlySet<string>): WordHits {
    const exact: number[] = [];
    push(exact, this.exact.get(key));
    for (const length of this.prefixLengths) {
      if (length > key.length) break;
      push(exact, this.prefix.get(key.slice(0, length)));
    }
    for (const length of this.suffixLengths) {
      if (length > key.length) break;
      push(exact, this.suffix.get(key.slice(key.length - length)));
    }
    for (const { key: part, word } of this.infix) if (key.includes(part)) exact.push(word);

    const misspelt: number[] = [];
    if (key.length >= MIN_TYPO_WORD - 1 && this.typo.size > 0) {
      const chars = [...key];
      for (const variant of [key, ...deletions(key, chars)]) {
        for (const candidate of this.typo.get(variant) ?? []) {
          if (!ownLanguages.has(this.words[candidate.word]!.language)) continue;
          if (exact.includes(candidate.word) || misspelt.includes(candidate.word)) continue;
          if (withinEditDistance(candidate.chars, chars, 1, false, false)) misspelt.push(candidate.word);
        }
      }
    }
    return exact.length === 0 && misspelt.length === 0 ? NONE : { exact, misspelt };
  }

  private indexTypos(alt: TokenAlternative, word: number): void {
    if (alt.chars.length < MIN_TYPO_WORD) return;
    const candidate = { word, chars: alt.chars };
    for (const variant of new Set([alt.key, ...deletions(alt.key, alt.chars)])) add(this.typo, variant, candidate);
  }
}

/** Words shorter than this get no typo allowance: one edit turns "hit" into "hot", "stab" into "star". */
export const MIN_TYPO_WORD = 6;

/** Every spelling with one letter left out. Slices code units when the word has no surrogate pairs (nearly always: it is faster). */
function deletions(key: string, chars: readonly string[]): string[] {
  const out: string[] = [];
  if (chars.length === key.length) {
    for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  } else {
    for (let i = 0; i < chars.length; i++) out.push(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  }
  return out;
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function push(target: number[], source: readonly number[] | undefined): void {
  if (source) for (const value of source) if (!target.includes(value)) target.push(value);
}
