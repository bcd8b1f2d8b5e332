import type { HubsConfig } from '../config/index.js';
import { addDays } from '../calendar/bank-holidays.js';
import { isWorkingDay } from '../calendar/working-time.js';

const DAY_MS = 86_400_000;
/** Days either side of the first date asked about that the running count covers at once. */
const SPAN = 400;
const HOUR_MS = 3_600_000;

/**
 * Local dates and working days for a year of records, fast. Which days are working days comes
 * from the one calendar (calendar/working-time.ts: weekends, bank holidays by rule, configured
 * closed days); this keeps a running count of them, so a span of any length costs two lookups.
 */
export interface WorkingDayCalendar {
  /** The calendar date in the hubs' time zone of an ISO instant. */
  localDate(iso: string): string;
  /**
   * Working days elapsed from one date to a later one: the working days after `from` up to and
   * including `to`. Same day = 0; Friday to Monday = 1; a closed day counts as the working day before.
   */
  workingDaysBetween(from: string, to: string): number;
}

export function workingDayCalendar(config: HubsConfig): WorkingDayCalendar {
  // The zone's offset is read once per UTC day, at noon: the zones we serve change their clocks
  // in the small hours, never across midnight, so the local date is right all day. Dates are
  // then remembered per UTC hour, so a year of records asks the time zone database 365 times.
  const format = new Intl.DateTimeFormat('en-GB', { timeZone: config.timezone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', day: '2-digit' });
  const offsets = new Map<number, number>();
  const dates = new Map<number, string>();
  const byHourText = new Map<string, string>();
  function offsetOn(utcDay: number): number {
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      const noon = utcDay * DAY_MS + 12 * HOUR_MS;
      const parts = Object.fromEntries(format.formatToParts(noon).map((p) => [p.type, Number(p.value)]));
      const dayShift = parts.day === new Date(noon).getUTCDate() ? 0 : parts.hour! < 12 ? DAY_MS : -DAY_MS;
      offset = (parts.hour! - 12) * HOUR_MS + parts.minute! * 60_000 + dayShift;
      offsets.set(utcDay, offset);
    }
    return offset;
  }
  let first = 0;
  let counts: Int32Array | undefined;

  /** Working days from the window's start up to and including `day`. */
  function countTo(day: number): number {
    if (!counts || day < first || day >= first + counts.length) {
      const low = counts ? Math.min(first, day - SPAN) : day - SPAN;
      const high = counts ? Math.max(first + counts.length, day + SPAN) : day + SPAN;
      counts = new Int32Array(high - low);
      first = low;
      let running = 0;
      for (let i = 0; i < counts.length; i++) {
        if (isWorkingDay(addDays('1970-01-01', first + i), config)) running++;
        counts[i] = running;
      }
    }
    return counts[day - first]!;
  }
  const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;

  return {
    localDate(iso) {
      // Stored times are UTC ISO strings ("2026-03-29T00:59:59.000Z"): their first 13 characters
      // name the UTC hour, so most records are one map lookup, without parsing the date.
      const utc = iso.length === 24 && iso.endsWith('Z');
      const key = utc ? iso.slice(0, 13) : iso;
      let date = byHourText.get(key);
      if (date === undefined) {
        const at = Date.parse(iso);
        const hour = Math.floor(at / HOUR_MS);
        date = dates.get(hour);
        if (date === undefined) {
          date = new Date(hour * HOUR_MS + offsetOn(Math.floor(at / DAY_MS))).toISOString().slice(0, 10);
          dates.set(hour, date);
        }
        if (utc) byHourText.set(key, date);
      }
      return date;
    },
    workingDaysBetween(from, to) {
      const end = dayNumber(to);
      const start = dayNumber(from);
      return end <= start ? 0 : countTo(end) - countTo(start);
    },
  };
}
