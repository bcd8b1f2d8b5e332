import { describe, expect, it } from 'vitest';
import { loadHubsConfig } from '../config/index.js';
import { oneWorkingDayDeadline, processMeasures, type MeasureRow } from './process-measures.js';

const hubs = loadHubsConfig();

const row = (contactAt: string, createdAt: string, triagedAt: string | null, allocatedAt: string | null = null): MeasureRow => ({ contactAt, createdAt, triagedAt, allocatedAt });

describe('processMeasures', () => {
  const rows = [
    // Monday contact, triaged Tuesday afternoon: within 1 working day.
    row('2026-03-02T10:00:00Z', '2026-03-02T12:00:00Z', '2026-03-03T15:00:00Z', '2026-03-04T10:00:00Z'),
    // Friday contact, triaged late Monday: the weekend does not count.
    row('2026-03-06T16:00:00Z', '2026-03-06T20:00:00Z', '2026-03-09T23:30:00Z'),
    // Thursday before Easter (BST): Good Friday and Easter Monday do not count, so Tuesday 7 April
    // is the working day; 23:30 BST is inside it, 00:30 BST on the Wednesday is not.
    row('2026-04-02T11:00:00Z', '2026-04-02T12:00:00Z', '2026-04-07T22:30:00Z'),
    row('2026-04-02T11:00:00Z', '2026-04-02T17:00:00Z', '2026-04-07T23:30:00Z'),
    // Not triaged yet.
    row('2026-04-10T09:00:00Z', '2026-04-10T12:00:00Z', null),
  ];

  it('gives median and mean hours from first contact', () => {
    const measures = processMeasures(rows, hubs);
    expect(measures.contacts).toBe(5);
    expect(measures.contactToEnquiry).toEqual({ count: 5, medianHours: 3, meanHours: 3.2 });
    expect(measures.contactToTriage).toEqual({ count: 4, medianHours: 105.5, meanHours: 93.1 });
    expect(measures.contactToAllocation).toEqual({ count: 1, medianHours: 48, meanHours: 48 });
  });

  it('counts contacts triaged by the end of the next working day', () => {
    expect(processMeasures(rows, hubs).completedWithinOneWorkingDay).toEqual({ completed: 3, total: 5, percent: 60 });
  });

  it('says nothing rather than zero when there are no contacts', () => {
    expect(processMeasures([], hubs)).toEqual({
      contacts: 0,
      contactToEnquiry: { count: 0, medianHours: null, meanHours: null },
      contactToTriage: { count: 0, medianHours: null, meanHours: null },
      contactToAllocation: { count: 0, medianHours: null, meanHours: null },
      completedWithinOneWorkingDay: { completed: 0, total: 0, percent: null },
    });
  });
});

describe('oneWorkingDayDeadline', () => {
  it('ends at local midnight after the next working day', () => {
    expect(oneWorkingDayDeadline(new Date('2026-03-02T10:00:00Z'), hubs).toISOString()).toBe('2026-03-04T00:00:00.000Z');
    // Saturday contact: Monday is the next working day.
    expect(oneWorkingDayDeadline(new Date('2026-03-07T10:00:00Z'), hubs).toISOString()).toBe('2026-03-10T00:00:00.000Z');
    // 00:30 BST on a Tuesday is still Tuesday in Bradford, though Monday in UTC.
    expect(oneWorkingDayDeadline(new Date('2026-06-08T23:30:00Z'), hubs).toISOString()).toBe('2026-06-10T23:00:00.000Z');
  });

  it('skips days the hubs are closed', () => {
    const closed = { ...hubs, extraClosedDays: ['2026-03-03'] };
    expect(oneWorkingDayDeadline(new Date('2026-03-02T10:00:00Z'), closed).toISOString()).toBe('2026-03-05T00:00:00.000Z');
  });
});
