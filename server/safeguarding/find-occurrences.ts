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
 * a typo in every word lets unrelated text through. An entry made only of words of three letters
 * or fewer is too likely an ordinary word of another language ("is" is Somali "self", "na" Polish
 * "on") and counts only in the conversation's own languages, English, and languages a longer word
 * of the message already matched; a concept word of another language needs two (see below).
 */
export function findOccurrences(book: PhraseBook, tokens: readonly Token[], ownLanguages: ReadonlySet<string>): Occurrence[] {
  const memo = new Map<string, WordHits>();
  const hits = tokens.map((token) => {
    let found = memo.get(token.key);
    if (!found) memo.set(token.key, (found = book.index.lookup(token.key, ownLanguages)));
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
        const last = first + entry.words.length - 1;
        if (last >= tokens.length) continue;
        // A danger phrase never runs across punctuation ("zabija, dzieci" is not "zabija dzieci");
        // a harmless idiom may ("убью его, если опоздает").
        if (entry.kind !== 'harmless' && tokens[last]!.clause !== tokens[first]!.clause) continue;
        let misspelt = 0;
        const matched = entry.words.every((w, offset) => {
          const s = strength(first + offset, w);
          if (s === MISSPELT) misspelt++;
          return s !== 0 && misspelt <= 1;
        });
        if (!matched) continue;
        occurrences.push({ entry: entryId, first, last });
      }
    }
  });
  // Languages the message shows it is written in: the conversation's (and English), and another
  // language only as far as its words matched. One longer word of it lets its short entries count
  // (code-mixing: "mera chacha raat ko aata hai" in an English chat); its concept words count only
  // with two distinct longer words of it, or when the word itself is long: a lone everyday word of
  // one language is often another's danger word after folding (Urdu گفٹ "gift" = Farsi گفت "said").
  const short = occurrences.map((o) => allShort(tokens, o.first, o.last));
  const longerWords = new Map<string, Set<string>>();
  occurrences.forEach((o, i) => {
    if (short[i]) return;
    const language = book.entries[o.entry]!.language;
    let words = longerWords.get(language);
    if (!words) longerWords.set(language, (words = new Set()));
    for (let t = o.first; t <= o.last; t++) if (tokens[t]!.key.length > SHORT_WORD) words.add(tokens[t]!.key);
  });
  return occurrences.filter((o, i) => {
    const entry = book.entries[o.entry]!;
    if (ownLanguages.has(entry.language)) return true;
    const evidence = longerWords.get(entry.language)?.size ?? 0;
    if (short[i] && evidence < 1) return false;
    return entry.kind !== 'concept' || evidence >= FOREIGN_EVIDENCE || longestKey(tokens, o.first, o.last) >= UNAMBIGUOUS_WORD;
  });
}

/** Distinct longer words of another language a message needs before that language's concept words count. */
const FOREIGN_EVIDENCE = 2;
/** A foreign concept word this long is rarely an everyday word of another language: it counts alone. */
const UNAMBIGUOUS_WORD = 7;

function longestKey(tokens: readonly Token[], first: number, last: number): number {
  let longest = 0;
  for (let i = first; i <= last; i++) longest = Math.max(longest, tokens[i]!.key.length);
  return longest;
}

/** Words of this many letters or fewer are ambiguous across languages. */
const SHORT_WORD = 3;
/** Scripts written without spaces: every character is a token, so length says nothing. */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function allShort(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const key = tokens[i]!.key;
    if (key.length > SHORT_WORD || NO_SPACE_SCRIPT.test(key)) return false;
  }
  return true;
}
