import type { NeedFacts } from './level-of-need-rules.js';
import { detailsOf, type EnquiryRow } from './enquiry-record.js';

/** What the Continuum of Need rules need to know about a stored enquiry. */
export function needFactsOf(row: EnquiryRow): NeedFacts {
  return { level: row.levelOfNeed, safeguardingFlagged: detailsOf(row).safeguardingFlags.length > 0 };
}
