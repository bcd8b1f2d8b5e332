import type { HubsConfig } from '../config/index.js';
import { addDays } from '../calendar/bank-holidays.js';
import { isWorkingDay, localTime, zonedToUtc } from '../calendar/working-time.js';

/** The timestamps measures are made of: one row per enquiry. */
export interface MeasureRow {
  contactAt: string;
  createdAt: string;
  triagedAt: string | null;
  allocatedAt: string | null;
}

export interface DurationStats {
  count: number;
  medianHours: number | null;
  meanHours: number | null;
}

export interface ProcessMeasures {
  contacts: number;
  contactToEnquiry: DurationStats;
  contactToTriage: DurationStats;
  contactToAllocation: DurationStats;
  completedWithinOneWorkingDay: { completed: number; total: number; percent: number | null };
}

const HOUR_MS = 3_600_000;

/**
 * Process measures for the scorecard. Pure. Every duration runs from first contact (the family
 * opening the chat). A contact counts as completed within 1 working day when its enquiry was
 * TRIAGED by the end of the first working day after the day of contact (Europe/London; weekends,
 * bank holidays and configured closed days do not count) — the same promise the family is given.
 */
export function processMeasures(rows: MeasureRow[], config: HubsConfig): ProcessMeasures {
  const since = (field: 'createdAt' | 'triagedAt' | 'allocatedAt') =>
    stats(rows.flatMap((r) => (r[field] ? [(Date.parse(r[field]!) - Date.parse(r.contactAt)) / HOUR_MS] : [])));
  const completed = rows.filter((r) => r.triagedAt && Date.parse(r.triagedAt) < oneWorkingDayDeadline(new Date(r.contactAt), config).getTime()).length;
  return {
    contacts: rows.length,
    contactToEnquiry: since('createdAt'),
    contactToTriage: since('triagedAt'),
    contactToAllocation: since('allocatedAt'),
    completedWithinOneWorkingDay: { completed, total: rows.length, percent: rows.length ? round((100 * completed) / rows.length) : null },
  };
}

/** Midnight at the end of the first working day after the local day of contact. */
export function oneWorkingDayDeadline(contactAt: Date, config: HubsConfig): Date {
  let date = addDays(localTime(contactAt, config.timezone).date, 1);
  while (!isWorkingDay(date, config)) date = addDays(date, 1);
  return zonedToUtc(addDays(date, 1), 0, config.timezone);
}

function stats(hours: number[]): DurationStats {
  if (hours.length === 0) return { count: 0, medianHours: null, meanHours: null };
  const sorted = [...hours].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { count: hours.length, medianHours: round(median), meanHours: round(hours.reduce((a, b) => a + b, 0) / hours.length) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
