import type { SafeguardingCategory, SafeguardingSeverity } from '../protocol/vocabulary.js';
import { SAFEGUARDING_CATEGORIES } from '../protocol/vocabulary.js';
import { NEGATION, NEGATION_AFTER, NEGATION_BREAK, type PhraseBook } from './compile-phrase-book.js';
import { findOccurrences, type Occurrence } from './find-occurrences.js';
import { matchRules, type RuleMatch } from './match-rules.js';
import { findWithModel } from './model/find-with-model.js';
import { compareSeverity } from './severity-order.js';
import { tokeniseText, type Token } from './tokenise-text.js';

export interface DangerMatch {
  category: SafeguardingCategory;
  /** The route card for the category (config/safeguarding.json `categories`). */
  severity: SafeguardingSeverity;
  /** Plain English for staff: the rule's label or the phrase list's name. Never pattern syntax. */
  rule: string;
  /** Stable id: `rule:<id>`, `phrase:<language>:<category>` or `model:<category>`. */
  ruleId: string;
  /** Which detector fired: the readable lexicons and rules, or the trained model (config/safeguarding-model.json). */
  source: 'rules' | 'model';
  /**
   * Language of the lexicon entry that matched (not necessarily the conversation's language);
   * for the model, which reads every language at once, the conversation's language.
   */
  language: string;
  /** The family's own words that matched, cut from the original text. */
  matchedText: string;
  /** UTF-16 offsets of matchedText in the original text. */
  start: number;
  end: number;
}

export interface DetectOptions {
  /** The conversation's language(s): typo tolerance applies to these and English only. */
  languages?: readonly string[];
}

/** Longest text screened: beyond it, a message is cut (at 20,000 characters the widget has refused it anyway). */
const MAX_CHARS = 20_000;
const CATEGORY_RANK = new Map(SAFEGUARDING_CATEGORIES.map((category, index) => [category, index]));

/**
 * What `text` discloses, most urgent card first, at most one match per category. Pure and
 * synchronous so it runs on every message and every flow answer before anything else happens.
 *
 * Steps: find lexicon entries (concept words, category phrases, harmless idioms) of every
 * language; drop hits lying wholly inside a harmless idiom or negated ("I'm not in danger", Urdu
 * "khatre mein nahi"); category phrases match on their own; rules combine concepts, from any mix
 * of languages, within a window of words. Only when all that finds nothing, and the book carries
 * the trained model (`"model": "on"`), may the model add one card, marked `source: 'model'`.
 */
export function detectDanger(text: string, book: PhraseBook, options: DetectOptions = {}): DangerMatch[] {
  const tokens = tokeniseText(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  if (tokens.length === 0) return [];
  const quote = (category: SafeguardingCategory, first: number, last: number) => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    return { category, severity: book.cardOf[category], matchedText: text.slice(start, end), start, end };
  };
  const found: DangerMatch[] = rank(book, ruleMatches(book, tokens, options)).map((match) => ({
    ...quote(match.category, match.first, match.last),
    rule: match.label,
    ruleId: match.id,
    source: 'rules',
    language: match.language,
  }));
  // The one place rules and model combine: the rules keep priority and are never overruled; the
  // model speaks only when they found nothing, so everything a person wrote into a list still
  // decides the card, and a model card is labelled as such for staff and the report.
  if (found.length > 0 || !book.model) return found;
  const finding = findWithModel(book.model, tokens);
  if (!finding || finding.danger < book.model.threshold) return found;
  return [
    {
      ...quote(finding.category, finding.first, finding.last),
      rule: `${book.categoryLabels[finding.category]} (found by the trained model, no rule matched)`,
      ruleId: `model:${finding.category}`,
      source: 'model',
      language: options.languages?.[0] ?? 'und',
    },
  ];
}

/** Lexicon phrases and rules: every match, before ranking. */
function ruleMatches(book: PhraseBook, tokens: readonly Token[], options: DetectOptions): RuleMatch[] {
  const typoLanguages = new Set(['en', ...(options.languages ?? [])]);
  const occurrences = findOccurrences(book, tokens, typoLanguages);
  if (occurrences.length === 0) return [];

  const kept = dropHarmlessAndNegated(book, tokens, occurrences, new Set(options.languages ?? []));
  const matches: RuleMatch[] = [];
  for (const occurrence of kept) {
    const entry = book.entries[occurrence.entry]!;
    if (entry.kind !== 'phrase') continue;
    const category = entry.owner as SafeguardingCategory;
    matches.push({
      category,
      label: book.categoryLabels[category],
      id: `phrase:${entry.language}:${category}`,
      language: entry.language,
      first: occurrence.first,
      last: occurrence.last,
      defer: false,
    });
  }
  matches.push(...matchRules(book, kept));
  return matches;
}

/**
 * Harmless idioms drop a hit only when it lies wholly inside the idiom: cutting the idiom out
 * first would also break a disclosure that merely overlaps it, and missing that is worse than a
 * false alarm. A negation cancels a hit of its own language (or any hit, when the negation is in
 * the conversation's language) when it stands just before the hit (or, for "negation-after" words
 * such as Urdu "nahi", just after), within the same clause.
 */
function dropHarmlessAndNegated(
  book: PhraseBook,
  tokens: readonly Token[],
  occurrences: readonly Occurrence[],
  conversationLanguages: ReadonlySet<string>,
): Occurrence[] {
  const kindOf = (o: Occurrence) => book.entries[o.entry]!;
  const harmless = occurrences.filter((o) => kindOf(o).kind === 'harmless');
  const before = occurrences.filter((o) => kindOf(o).owner === NEGATION && kindOf(o).kind === 'concept');
  const after = occurrences.filter((o) => kindOf(o).owner === NEGATION_AFTER && kindOf(o).kind === 'concept');
  const breaks = occurrences.filter((o) => kindOf(o).owner === NEGATION_BREAK && kindOf(o).kind === 'concept');
  const sameClause = (from: number, to: number) =>
    tokens[from]!.clause === tokens[to]!.clause && !breaks.some((b) => b.first > from && b.last < to);
  const { before: reachBefore, after: reachAfter } = book.negation;
  // The family's own negation also negates a word borrowed from another language ("koi force nahi").
  const negates = (negation: Occurrence, language: string) => {
    const from = book.entries[negation.entry]!.language;
    return from === language || conversationLanguages.has(from);
  };

  return occurrences.filter((o) => {
    const entry = kindOf(o);
    if (entry.kind === 'harmless' || entry.owner === NEGATION || entry.owner === NEGATION_AFTER || entry.owner === NEGATION_BREAK) return false;
    if (harmless.some((h) => h.first <= o.first && o.last <= h.last && h !== o)) return false;
    const negatedBefore = before.some(
      (n) => negates(n, entry.language) && n.last < o.first && o.first - n.last <= reachBefore && sameClause(n.last, o.first),
    );
    const negatedAfter = after.some(
      (n) => negates(n, entry.language) && n.first > o.last && n.first - o.last <= reachAfter && sameClause(o.last, n.first),
    );
    return !negatedBefore && !negatedAfter;
  });
}

/**
 * One match per category (a direct, non-deferred one first, then the earliest), most urgent card
 * first. A deferred match (a threat, not danger happening now) goes after the other categories.
 */
function rank(book: PhraseBook, matches: readonly RuleMatch[]): RuleMatch[] {
  const best = new Map<SafeguardingCategory, RuleMatch>();
  for (const match of matches) {
    const current = best.get(match.category);
    if (!current || Number(match.defer) - Number(current.defer) < 0 || (match.defer === current.defer && match.first < current.first)) {
      best.set(match.category, match);
    }
  }
  return [...best.values()].sort(
    (a, b) =>
      Number(a.defer) - Number(b.defer) ||
      compareSeverity(book.cardOf[a.category], book.cardOf[b.category]) ||
      CATEGORY_RANK.get(a.category)! - CATEGORY_RANK.get(b.category)! ||
      a.first - b.first,
  );
}
