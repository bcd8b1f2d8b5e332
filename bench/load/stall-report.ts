/** What the event-loop probe in each benchmarked server sends the bench, every REPORT_MS. */
export interface StallReport {
  /** Longest event-loop stall since the previous report, and when it ended (epoch ms, shared by all processes). */
  maxDelayMs: number;
  endedAt: number;
}

export const REPORT_MS = 250;

/** Epoch milliseconds with sub-millisecond precision: comparable between processes on one machine. */
export const epochNow = () => performance.timeOrigin + performance.now();
