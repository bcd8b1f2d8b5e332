import type { SafeguardingSeverity } from '../protocol/vocabulary.js';
import type { CompiledPhrase, PhraseBook } from './compile-phrase-book.js';
import { tokeniseText, type Token } from './tokenise-text.js';
import { tokenMatches } from './token-pattern.js';

export interface DangerMatch {
  severity: SafeguardingSeverity;
  /** The phrase-list entry that matched, as written in the file. */
  phrase: string;
  /** Language of the list the entry came from (not necessarily the conversation's language). */
  language: string;
  /** The family's own words that matched, cut from the original text. */
  matchedText: string;
}

interface Span {
  readonly first: number;
  readonly last: number;
}

/**
 * Every danger phrase of every language found in `text`, most severe first (then by position),
 * one match per phrase-list entry. Pure and synchronous so it can run on every message and every
 * flow answer before anything else happens.
 *
 * Harmless idioms ("my feet are killing me") drop a danger match only when the match lies wholly
 * inside the idiom. Cutting the idiom out of the text first would also break a danger phrase that
 * merely overlaps it ("dead tired of living"), and missing that is worse than a false alarm.
 */
export function detectDanger(text: string, book: PhraseBook): DangerMatch[] {
  const tokens = tokeniseText(text);
  if (tokens.length === 0) return [];
  const wordMatches = createWordMatcher(book, tokens);
  const spansOf = (phrase: CompiledPhrase): Span[] => findSpans(phrase.words, tokens.length, wordMatches);

  const harmless = book.ignore.flatMap(spansOf);
  const isHarmless = (span: Span) => harmless.some((idiom) => idiom.first <= span.first && span.last <= idiom.last);

  const found: { match: DangerMatch; order: number; start: number }[] = [];
  book.danger.forEach((phrase, order) => {
    const span = spansOf(phrase).find((candidate) => !isHarmless(candidate));
    if (!span) return;
    const start = tokens[span.first]!.start;
    const matchedText = text.slice(start, tokens[span.last]!.end);
    found.push({ match: { severity: phrase.severity, phrase: phrase.phrase, language: phrase.language, matchedText }, order, start });
  });
  // book.danger is grouped most severe first; within a severity, earlier in the message first.
  const rank = (order: number) => book.danger[order]!.severity;
  return found
    .sort((a, b) => (rank(a.order) === rank(b.order) ? a.start - b.start || a.order - b.order : a.order - b.order))
    .map((entry) => entry.match);
}

/** Memoised "does pattern p match token t": each distinct word of the message is tried once per pattern. */
function createWordMatcher(book: PhraseBook, tokens: readonly Token[]): (pattern: number, token: number) => boolean {
  const distinct = new Map<string, number>();
  const tokenSlot = tokens.map((token) => {
    let slot = distinct.get(token.key);
    if (slot === undefined) distinct.set(token.key, (slot = distinct.size));
    return slot;
  });
  const keys = [...distinct.keys()];
  const chars = keys.map((key) => [...key]);
  const memo = new Uint8Array(book.patterns.length * keys.length); // 0 unknown, 1 yes, 2 no
  return (pattern, token) => {
    const slot = tokenSlot[token]!;
    const cell = pattern * keys.length + slot;
    if (memo[cell] === 0) memo[cell] = tokenMatches(book.patterns[pattern]!, keys[slot]!, chars[slot]!) ? 1 : 2;
    return memo[cell] === 1;
  };
}

function findSpans(words: readonly number[], tokenCount: number, matches: (pattern: number, token: number) => boolean): Span[] {
  const spans: Span[] = [];
  for (let first = 0; first + words.length <= tokenCount; first++) {
    if (words.every((pattern, offset) => matches(pattern, first + offset))) {
      spans.push({ first, last: first + words.length - 1 });
    }
  }
  return spans;
}
