import type { ReviewState } from './locale-snapshot.js';

/** One translation read back from an XLIFF unit or a CSV row, before validation. */
export interface ImportUnit {
  /** Where it came from, for messages: `unit "common:x" (line 12)` or `row 7 (common:x)`. */
  ref: string;
  ns: string;
  key: string;
  /** The English the translator worked from, as it stood in the file. */
  source: string;
  /** Undefined when left empty: not translated yet, so skipped rather than rejected. */
  target: string | undefined;
  review: ReviewState | undefined;
  /** Set when the reader already knows the unit cannot be imported. */
  problem?: string;
}

export interface ImportFile {
  units: ImportUnit[];
  /** Set when the file as a whole cannot be used (wrong format, wrong language). */
  fatal?: string;
}
