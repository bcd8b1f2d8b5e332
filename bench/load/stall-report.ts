/** What the event-loop probe in each benchmarked server sends the bench, every REPORT_MS. */
export interface StallReport {
  /** Longest event-loop stall since the previous report. */
  maxDelayMs: number;
}

export const REPORT_MS = 250;
