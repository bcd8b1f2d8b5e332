import type { SafeguardingCategory } from '../../protocol/vocabulary.js';
import type { PhraseBook } from '../compile-phrase-book.js';
import { detectDanger, type DangerMatch } from '../detect-danger.js';
import type { CorpusLine } from './corpus-line.js';

export interface Rate {
  hits: number;
  total: number;
}

export type Outcome = 'found' | 'missed' | 'false-alarm' | 'quiet';

export interface LineResult {
  line: CorpusLine;
  matches: DangerMatch[];
  outcome: Outcome;
  /** For a found danger line: whether the first card is the card of labels[0]. */
  rightCardFirst?: boolean;
  ms: number;
}

export interface CorpusReport {
  lines: number;
  recall: Rate;
  /** Found danger lines whose first category is labels[0] itself (finer than the card). */
  categoryFirst: Rate;
  recallByLanguage: Record<string, Rate>;
  recallByCategory: Record<string, Rate>;
  recallByStyle: Record<string, Rate>;
  falseAlarms: Rate;
  falseAlarmsByLanguage: Record<string, Rate>;
  rightCardFirst: Rate;
  meanMs: number;
  p99Ms: number;
  results: LineResult[];
}

/**
 * Runs the detector over a corpus and counts what matters to a family: was any card shown for a
 * danger line (recall), was the first card the right one, did a harmless line raise a card. The
 * clock is passed in so this stays pure apart from timing.
 */
export function evaluateCorpus(
  lines: readonly CorpusLine[],
  bookOf: PhraseBook | ((index: number) => PhraseBook),
  now: () => number,
): CorpusReport {
  // A function gives each line its own book: cross-validation scores a line by a model not trained on it.
  const bookFor = typeof bookOf === 'function' ? bookOf : () => bookOf;
  // One untimed pass first, so the times are of the detector, not of the JIT compiling it.
  lines.forEach((line, index) => detectDanger(line.text, bookFor(index), { languages: conversationLanguages(line.lang) }));
  const results: LineResult[] = lines.map((line, index) => {
    const book = bookFor(index);
    const started = now();
    const matches = detectDanger(line.text, book, { languages: conversationLanguages(line.lang) });
    const ms = now() - started;
    const danger = line.labels.length > 0;
    const found = matches.length > 0;
    const expectedCard = danger ? book.cardOf[line.labels[0] as SafeguardingCategory] : undefined;
    return {
      line,
      matches,
      ms,
      outcome: danger ? (found ? 'found' : 'missed') : found ? 'false-alarm' : 'quiet',
      ...(danger && found && { rightCardFirst: matches[0]!.severity === expectedCard }),
    };
  });
  const danger = results.filter((r) => r.line.labels.length > 0);
  const harmless = results.filter((r) => r.line.labels.length === 0);
  const found = danger.filter((r) => r.outcome === 'found');
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  return {
    lines: results.length,
    recall: rate(danger, (r) => r.outcome === 'found'),
    categoryFirst: rate(found, (r) => r.matches[0]!.category === r.line.labels[0]),
    recallByLanguage: groupRate(danger, (r) => r.line.lang, (r) => r.outcome === 'found'),
    recallByCategory: groupRate(danger, (r) => r.line.labels[0]!, (r) => r.outcome === 'found'),
    recallByStyle: groupRate(danger, (r) => r.line.style, (r) => r.outcome === 'found'),
    falseAlarms: rate(harmless, (r) => r.outcome === 'false-alarm'),
    falseAlarmsByLanguage: groupRate(harmless, (r) => r.line.lang, (r) => r.outcome === 'false-alarm'),
    rightCardFirst: rate(found, (r) => r.rightCardFirst === true),
    meanMs: times.length === 0 ? 0 : times.reduce((sum, ms) => sum + ms, 0) / times.length,
    p99Ms: times.length === 0 ? 0 : times[Math.min(times.length - 1, Math.floor(times.length * 0.99))]!,
    results,
  };
}

/** The conversation's languages for a line: its tag, and the base language of a romanised tag. */
export function conversationLanguages(tag: string): string[] {
  const base = tag.split('-')[0]!;
  return base === tag ? [tag] : [tag, base];
}

export function percent({ hits, total }: Rate): string {
  return total === 0 ? '  n/a' : `${((100 * hits) / total).toFixed(1).padStart(5)}%`;
}

function rate<T>(items: readonly T[], hit: (item: T) => boolean): Rate {
  return { hits: items.filter(hit).length, total: items.length };
}

function groupRate<T>(items: readonly T[], key: (item: T) => string, hit: (item: T) => boolean): Record<string, Rate> {
  const groups: Record<string, Rate> = {};
  for (const item of items) {
    const group = (groups[key(item)] ??= { hits: 0, total: 0 });
    group.total++;
    if (hit(item)) group.hits++;
  }
  return groups;
}
