import type { DangerMatch } from './detect-danger.js';

export interface MatchSpan {
  category: string | null;
  rule: string | null;
  matchedText: string;
  /** UTF-16 offsets of the matched words in the original text. */
  start: number;
  end: number;
}

/**
 * Where a detector match sits in the family's text, and its category. Uses the detector's own
 * offsets and category when it gives them; otherwise finds the matched words in the text. The one
 * place that reads these fields, so a change in the detector's match shape is a change here only.
 */
export function matchSpan(text: string, match: DangerMatch): MatchSpan {
  const given = match as DangerMatch & { category?: unknown; rule?: unknown; start?: unknown; end?: unknown };
  const category = typeof given.category === 'string' ? given.category : null;
  const rule = typeof given.rule === 'string' ? given.rule : null;
  if (typeof given.start === 'number' && typeof given.end === 'number' && given.start >= 0 && given.end <= text.length && given.start < given.end) {
    return { category, rule, matchedText: text.slice(given.start, given.end), start: given.start, end: given.end };
  }
  const found = text.indexOf(match.matchedText);
  const start = found < 0 ? 0 : found;
  const end = found < 0 ? 0 : found + match.matchedText.length;
  return { category, rule, matchedText: match.matchedText, start, end };
}
