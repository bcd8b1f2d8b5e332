import type { PhraseBook } from './compile-phrase-book.js';
import type { Token } from './tokenise-text.js';
import type { WordHits } from './word-index.js';

/** Where one lexicon entry matched: token positions, inclusive. */
export interface Occurrence {
  readonly entry: number;
  readonly first: number;
  readonly last: number;
}

const EXACT = 1;
const MISSPELT = 2;

/**
 * Every lexicon entry whose words occur in a row in the message. Each message word is looked up
 * once (memoised per distinct word); only entries whose first word matched are tried, so the cost
 * follows the message, not the size of the lexicons. At most one word of an entry may be misspelt:
 * a typo in every word lets unrelated text through.
 */
export function findOccurrences(book: PhraseBook, tokens: readonly Token[], typoLanguages: ReadonlySet<string>): Occurrence[] {
  const memo = new Map<string, WordHits>();
  const hits = tokens.map((token) => {
    let found = memo.get(token.key);
    if (!found) memo.set(token.key, (found = book.index.lookup(token.key, typoLanguages)));
    return found;
  });
  const strength = (position: number, word: number): number => {
    const found = hits[position];
    if (!found) return 0;
    if (found.exact.includes(word)) return EXACT;
    return found.misspelt.includes(word) ? MISSPELT : 0;
  };

  const occurrences: Occurrence[] = [];
  hits.forEach((found, first) => {
    for (const word of [...found.exact, ...found.misspelt]) {
      for (const entryId of book.entriesByFirstWord.get(word) ?? []) {
        const entry = book.entries[entryId]!;
        if (first + entry.words.length > tokens.length) continue;
        let misspelt = 0;
        const matched = entry.words.every((w, offset) => {
          const s = strength(first + offset, w);
          if (s === MISSPELT) misspelt++;
          return s !== 0 && misspelt <= 1;
        });
        if (matched) occurrences.push({ entry: entryId, first, last: first + entry.words.length - 1 });
      }
    }
  });
  return occurrences;
}
