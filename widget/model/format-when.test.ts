import { describe, expect, it } from 'vitest';
import { formatWhen } from './format-when.js';

describe('formatWhen', () => {
  it('names the weekday, date and time in the family’s language', () => {
    const iso = '2026-11-30T08:30:00.000Z';
    const english = formatWhen(iso, 'en');
    expect(english).toMatch(/^Monday/);
    expect(english).toContain('30 November');
    expect(formatWhen(iso, 'pl')).toMatch(/poniedziałek/);
  });

  it('shows nothing rather than "Invalid Date", and survives a tag Intl refuses', () => {
    expect(formatWhen('not a date', 'en')).toBe('');
    expect(formatWhen('2026-11-30T08:30:00.000Z', 'x-not-a-language!')).toMatch(/Monday/);
  });
});
