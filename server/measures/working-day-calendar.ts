import type { HubsConfig } from '../config/index.js';
import { addDays } from '../handoff/bank-holidays.js';
import { isWorkingDay, localTime } from '../handoff/working-time.js';

const DAY_MS = 86_400_000;

/**
 * Local dates and working days for a year of records, fast. Which days are working days comes
 * from the one calendar (handoff/working-time.ts: weekends, bank holidays by rule, configured
 * closed days); this only remembers the answers, so 50,000 contacts cost a few hundred lookups.
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
  const dates = new Map<string, string>();
  const working = new Map<number, boolean>();
  const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  const isWorking = (day: number) => {
    let known = working.get(day);
    if (known === undefined) {
      known = isWorkingDay(addDays('1970-01-01', day), config);
      working.set(day, known);
    }
    return known;
  };
  return {
    // Offsets change on the hour in the zones we serve, so the local date is remembered per UTC hour.
    localDate(iso) {
      const hour = iso.slice(0, 13);
      let date = dates.get(hour);
      if (date === undefined) {
        date = localTime(new Date(`${hour}:00:00.000Z`), config.timezone).date;
        dates.set(hour, date);
      }
      return date;
    },
    workingDaysBetween(from, to) {
      const end = dayNumber(to);
      let count = 0;
      for (let day = dayNumber(from) + 1; day <= end; day++) if (isWorking(day)) count++;
      return count;
    },
  };
}
