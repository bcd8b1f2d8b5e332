/** The two shapes every figure on the scorecard takes. */

/** A share: `percent` is null when nothing was due (0 of 0 is not 0%). */
export interface Ratio {
  met: number;
  of: number;
  percent: number | null;
}

/** Durations or counts summarised; median and mean are null when there is nothing to summarise. */
export interface Stats {
  count: number;
  median: number | null;
  mean: number | null;
}

export function ratio(met: number, of: number): Ratio {
  return { met, of, percent: of ? round((100 * met) / of) : null };
}

export function stats(values: readonly number[]): Stats {
  if (values.length === 0) return { count: 0, median: null, mean: null };
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  let sum = 0;
  for (const value of sorted) sum += value;
  return { count: sorted.length, median: round(median), mean: round(sum / sorted.length) };
}

/** Minutes from one ISO instant to another. */
export function minutesBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 60_000;
}

/** One decimal place: the precision a scorecard reads at. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Counts of each key, for "by channel", "by language" and the like. */
export function tally(keys: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

/** True when at least one record carries the optional field: otherwise its measure is "not recorded". */
export function isRecorded<T>(records: readonly T[], field: keyof T): boolean {
  return records.some((r) => r[field] !== undefined);
}
