import { describe, expect, it } from 'vitest';
import { loadHubsConfig } from '../config/index.js';
import { bankHolidays } from './bank-holidays.js';
import { callbackDueAt, isHubOpen, isOutOfHours, nextOpeningAt } from './working-time.js';

const config = loadHubsConfig();

describe('England and Wales bank holidays', () => {
  it('matches the published 2026 and 2027 lists, substitute days included', () => {
    expect([...bankHolidays(2026)].sort()).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    ]);
    expect([...bankHolidays(2027)].sort()).toEqual([
      '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
    ]);
  });

  it('moves New Year’s Day off a weekend', () => {
    expect(bankHolidays(2028).has('2028-01-03')).toBe(true);
  });
});

describe('opening hours in London time', () => {
  it('knows British Summer Time from GMT', () => {
    // 08:00 UTC is 09:00 BST in June (open) but 08:00 GMT in November (closed until 08:30).
    expect(isHubOpen(config, 'west', new Date('2026-06-10T08:00:00Z'))).toBe(true);
    expect(isHubOpen(config, 'west', new Date('2026-11-10T08:00:00Z'))).toBe(false);
  });

  it('closes on Friday at 16:30 and on bank holidays', () => {
    expect(isHubOpen(config, 'east', new Date('2026-11-27T16:45:00Z'))).toBe(false);
    expect(isHubOpen(config, 'east', new Date('2026-08-31T10:00:00Z'))).toBe(false);
  });

  it('treats an unknown locality as out of hours only when every hub is closed', () => {
    expect(isOutOfHours(config, 'any', new Date('2026-11-24T11:00:00Z'))).toBe(false);
    expect(isOutOfHours(config, 'any', new Date('2026-11-24T22:00:00Z'))).toBe(true);
  });

  it('promises a callback by closing time on the next working day, in summer time too', () => {
    expect(callbackDueAt(config, 'south', new Date('2026-06-12T14:00:00Z')).toISOString()).toBe('2026-06-15T16:00:00.000Z');
    expect(callbackDueAt(config, 'south', new Date('2026-04-02T10:00:00Z')).toISOString()).toBe('2026-04-07T16:00:00.000Z');
  });

  it('knows when the hub opens next: this morning, after a weekend, after a bank holiday, or now', () => {
    expect(nextOpeningAt(config, 'west', new Date('2026-11-24T07:00:00Z'))?.toISOString()).toBe('2026-11-24T08:30:00.000Z');
    // Friday evening to Monday morning.
    expect(nextOpeningAt(config, 'east', new Date('2026-11-27T17:00:00Z'))?.toISOString()).toBe('2026-11-30T08:30:00.000Z');
    // Thursday 24 December evening: Christmas Day and the Boxing Day substitute are closed.
    expect(nextOpeningAt(config, 'any', new Date('2026-12-24T18:00:00Z'))?.toISOString()).toBe('2026-12-29T08:30:00.000Z');
    // In summer time 08:30 in London is 07:30 UTC.
    expect(nextOpeningAt(config, 'south', new Date('2026-06-12T20:00:00Z'))?.toISOString()).toBe('2026-06-15T07:30:00.000Z');
    const open = new Date('2026-11-24T11:00:00Z');
    expect(nextOpeningAt(config, 'west', open)).toEqual(open);
  });
});
