import { describe, expect, it } from 'vitest';
import { formatOpeningHours } from './opening-hours.js';

const slots = [
  { days: ['MO' as const, 'WE' as const], opens: '09:30', closes: '11:30' },
  { days: ['SA' as const], opens: '13:00', closes: '17:00' },
];

describe('formatOpeningHours', () => {
  it('writes days and times the English way for English', () => {
    const [first, second] = formatOpeningHours(slots, 'en');
    expect(first).toMatch(/^Mon, Wed 9:30\s?–\s?11:30\sAM$/);
    expect(second).toMatch(/^Sat 1:00\s?–\s?5:00\sPM$/);
  });

  it("uses the family's own day names and clock: Urdu, Polish", () => {
    const urdu = formatOpeningHours(slots, 'ur')[0]!;
    expect(urdu).toContain(new Intl.DateTimeFormat('ur', { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1)));
    expect(urdu).not.toMatch(/Mon|Wed/);
    expect(formatOpeningHours(slots, 'pl')[1]).toMatch(/^sob\.? 13:00\s?–\s?17:00$/);
  });

  it('never shifts times by the reader’s own time zone', () => {
    expect(formatOpeningHours([{ days: ['FR'], opens: '00:00', closes: '23:59' }], 'en-GB')[0]).toMatch(/^Fri 00:00\s?–\s?23:59$/);
  });
});
