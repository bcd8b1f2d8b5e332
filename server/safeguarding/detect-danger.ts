import type { SafeguardingSeverity } from '../protocol/vocabulary.js';
import type { CompiledPhrase, PhraseBook } from './compile-phrase-book.js';
import { compareSeverity } from './severity-order.js';
import { tokeniseText, type Token } from './tokenise-text.js';
import { MISSPELT, NO_MATCH, toTextWord, tokenMatches, type MatchStrength } from './token-pattern.js';

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
  return found
    .sort((a, b) => compareSeverity(a.match.severity, b.match.severity) || a.start - b.start || a.order - b.order)
    .map((entry) => entry.match);
}

type WordMatcher = (pattern: number, token: number) => MatchStrength;

/** Memoised "how does pattern p match token t": each distinct word of the message is tried once per pattern. */
function createWordMatcher(book: PhraseBook, tokens: readonly Token[]): WordMatcher {
  const distinct = new Map<string, number>();
  const tokenSlot = tokens.map((token) => {
    let slot = distinct.get(token.key);
    if (slot === undefined) distinct.set(token.key, (slot = distinct.size));
    return slot;
  });
  const words = [...distinct.keys()].map(toTextWord);
  const UNKNOWN = 255;
  const memo = new Uint8Array(book.patterns.length * words.length).fill(UNKNOWN);
  return (pattern, token) => {
    const slot = tokenSlot[token]!;
    const cell = pattern * words.length + slot;
    if (memo[cell] === UNKNOWN) memo[cell] = tokenMatches(book.patterns[pattern]!, words[slot]!);
    return memo[cell] as MatchStrength;
  };
}

/**
 * Where the phrase's words occur in a row. At most one of them may be misspelt: a typo in every
 * word lets unrelated text through ("main marna", I want to die, would pass for "mainu marda").
 */
function findSpans(words: readonly number[], tokenCount: number, matches: WordMatcher): Span[] {
  const spans: Span[] = [];
  for (let first = 0; first + words.length <= tokenCount; first++) {
    let misspelt = 0;
    const found = words.every((pattern, offset) => {
      const strength = matches(pattern, first + offset);
      if (strength === MISSPELT) misspelt++;
      return strength !== NO_MATCH && misspelt <= 1;
    });
    if (found) spans.push({ first, last: first + words.length - 1 });
  }
  return spans;
}
