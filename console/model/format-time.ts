import { FORMAT_LOCALE, t } from './console-i18n.js';

const MINUTE = 60_000;

/** "less than a minute", "12 minutes", "1 h 5 min": how long a family has waited. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  if (minutes < 1) return t('duration.underMinute');
  if (minutes < 60) return t('duration.minutes', { count: minutes });
  return t('duration.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

const time = new Intl.DateTimeFormat(FORMAT_LOCALE, { hour: '2-digit', minute: '2-digit' });
const dayAndTime = new Intl.DateTimeFormat(FORMAT_LOCALE, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** "14:05" today, "Tue 3 Jun, 14:05" on any other day, so staff never misread a date. */
export function formatWhen(iso: string, now: number): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toDateString() === new Date(now).toDateString() ? time.format(date) : dayAndTime.format(date);
}
