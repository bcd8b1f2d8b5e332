import type { DangerMatch } from './detect-danger.js';

export interface MatchSpan {
  category: string | null;
  rule: string | null;
  matchedText: string;
  /** UTF-16 offsets of the matched words in the original text. */
  start: number;
  end: number;
}

/** What staff are shown of a detector match: the category, the plain-English rule and where the family's words matched. */
export function matchSpan(match: DangerMatch): MatchSpan {
  return { category: match.category, rule: match.rule, matchedText: match.matchedText, start: match.start, end: match.end };
}
