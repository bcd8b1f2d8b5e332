import { addDays } from '../calendar/bank-holidays.js';
import { zonedToUtc } from '../calendar/working-time.js';

/**
 * Inclusive calendar dates in the hubs' time zone as a half-open range of instants (ISO strings,
 * comparable with the stored ones): "1 to 31 March" means what a manager in Bradford means by it.
 */
export function localDayRange(range: { from: string; to: string }, timeZone: string): { start: string; end: string } {
  return {
    start: zonedToUtc(range.from, 0, timeZone).toISOString(),
    end: zonedToUtc(addDays(range.to, 1), 0, timeZone).toISOString(),
  };
}
