import { addDays, weekday } from '../calendar/bank-holidays.js';
import { appendixAMeasures } from './appendix-a-measures.js';
import type { ContactRecord, HubKey } from './measure-records.js';
import type { Ratio } from './measure-stats.js';
import type { WorkingDayCalendar } from './working-day-calendar.js';

export type Interval = 'week' | 'month';

/** One week (starting Monday) or calendar month of contacts, by the local date of first contact. */
export interface SeriesPoint {
  /** The first date of the period (YYYY-MM-DD). */
  start: string;
  contacts: number;
  byHub: Partial<Record<HubKey, number>>;
  contactsCompletedIn1WorkingDay: Ratio;
}

/** The start of the period holding a local date. */
export function periodStart(date: string, interval: Interval): string {
  return interval === 'month' ? `${date.slice(0, 8)}01` : addDays(date, -((weekday(date) + 6) % 7));
}

function nextPeriod(start: string, interval: Interval): string {
  if (interval === 'week') return addDays(start, 7);
  const [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** Every period from `from` to `to`, empty ones included, so a quiet week shows as a gap, not nothing. */
export function scorecardSeries(
  contacts: readonly ContactRecord[],
  range: { from: string; to: string },
  interval: Interval,
  calendar: WorkingDayCalendar,
  today: string,
): SeriesPoint[] {
  const groups = new Map<string, ContactRecord[]>();
  for (let start = periodStart(range.from, interval); start <= range.to; start = nextPeriod(start, interval)) groups.set(start, []);
  const startOf = new Map<string, string>();
  for (const contact of contacts) {
    const date = calendar.localDate(contact.at);
    let start = startOf.get(date);
    if (start === undefined) startOf.set(date, (start = periodStart(date, interval)));
    groups.get(start)?.push(contact);
  }
  return [...groups].map(([start, group]) => {
    const byHub: Partial<Record<HubKey, number>> = {};
    for (const c of group) byHub[c.hub] = (byHub[c.hub] ?? 0) + 1;
    return {
      start,
      contacts: group.length,
      byHub,
      contactsCompletedIn1WorkingDay: appendixAMeasures(group, [], calendar, today).contactsCompletedIn1WorkingDay,
    };
  });
}
