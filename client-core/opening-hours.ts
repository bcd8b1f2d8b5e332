
type Slot = { days: readonly (typeof WEEKDAY_ORDER)[number][]; opens: string; closes: string };

const WEEKDAY_ORDER = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * Opening hours in the family's own words and numerals: day names, list punctuation and the time
 * range all come from Intl for `locale`, one line per slot. Times are wall-clock times in Bradford,
 * so they are formatted in UTC to stop the phone's own time zone shifting them.
 */
export function formatOpeningHours(slots: readonly Slot[], locale: string): string[] {
  const days = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const times = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale, { style: 'short', type: 'unit' });
  return slots.map((slot) => {
    // 1 January 2024 was a Monday, so day n of that week has the name of WEEKDAY_ORDER[n].
    const names = slot.days.map((day) => days.format(Date.UTC(2024, 0, 1 + WEEKDAY_ORDER.indexOf(day))));
    return `${list.format(names)} ${times.formatRange(clock(slot.opens), clock(slot.closes))}`;
  });
}

function clock(time: string): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(Date.UTC(2024, 0, 1, hours, minutes));
}
