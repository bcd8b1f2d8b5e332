import type { Hub, HubsConfig } from '../config/index.js';
import { LOCALITIES, type Locality } from '../protocol/index.js';
import { addDays, bankHolidays, isWeekend, weekday } from './bank-holidays.js';

/** Opening hours, working days and callback due times, in the hubs' own time zone. Pure. */

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

interface LocalTime {
  date: string;
  minutes: number;
}

export function localTime(at: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

export function isWorkingDay(date: string, config: HubsConfig): boolean {
  const year = Number(date.slice(0, 4));
  return !isWeekend(date) && !bankHolidays(year).has(date) && !config.extraClosedDays.includes(date);
}

function hoursOn(hub: Hub, date: string): [number, number] | undefined {
  const hours = hub.openingHours[DAY_NAMES[weekday(date)]!];
  if (!hours) return undefined;
  return [toMinutes(hours[0]), toMinutes(hours[1])];
}

export function isHubOpen(config: HubsConfig, locality: Locality, at: Date): boolean {
  const { date, minutes } = localTime(at, config.timezone);
  if (!isWorkingDay(date, config)) return false;
  const hours = hoursOn(config.hubs[locality], date);
  return hours !== undefined && minutes >= hours[0] && minutes < hours[1];
}

/** Out of hours for a family: their hub is closed (or, locality unknown, every hub is). */
export function isOutOfHours(config: HubsConfig, locality: string, at: Date): boolean {
  const hubs = (LOCALITIES as readonly string[]).includes(locality) ? [locality as Locality] : [...LOCALITIES];
  return !hubs.some((hub) => isHubOpen(config, hub, at));
}

/** The promise made for a callback: closing time on the first working day after today. */
export function callbackDueAt(config: HubsConfig, locality: string, requestedAt: Date): Date {
  const hub = config.hubs[(LOCALITIES as readonly string[]).includes(locality) ? (locality as Locality) : 'west'];
  let date = localTime(requestedAt, config.timezone).date;
  for (let i = 0; i < 30; i++) {
    date = addDays(date, 1);
    const hours = hoursOn(hub, date);
    if (isWorkingDay(date, config) && hours) return zonedToUtc(date, hours[1], config.timezone);
  }
  throw new Error('no working day within 30 days: check opening hours config');
}

/**
 * When the family's hub next opens (unknown locality: whichever hub opens first), for "back
 * Tuesday 9:00". Undefined when none opens within 30 days (a config mistake, not a family's problem).
 */
export function nextOpeningAt(config: HubsConfig, locality: string, at: Date): Date | undefined {
  const hubs = (LOCALITIES as readonly string[]).includes(locality) ? [locality as Locality] : [...LOCALITIES];
  const today = localTime(at, config.timezone);
  const openings = hubs.flatMap((name) => {
    let date = today.date;
    for (let i = 0; i < 30; i++, date = addDays(date, 1)) {
      const hours = hoursOn(config.hubs[name], date);
      if (!hours || !isWorkingDay(date, config) || (i === 0 && today.minutes >= hours[1])) continue;
      return i === 0 && today.minutes >= hours[0] ? [at] : [zonedToUtc(date, hours[0], config.timezone)];
    }
    return [];
  });
  return openings.sort((a, b) => a.getTime() - b.getTime())[0];
}

/** A wall-clock time in a zone to the instant, correcting once for the zone's offset that day. */
export function zonedToUtc(date: string, minutes: number, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`).getTime() + minutes * 60_000;
  const offset = offsetMinutes(new Date(guess), timeZone);
  const first = guess - offset * 60_000;
  return new Date(guess - offsetMinutes(new Date(first), timeZone) * 60_000);
}

function offsetMinutes(at: Date, timeZone: string): number {
  const local = localTime(at, timeZone);
  const asUtc = new Date(`${local.date}T00:00:00Z`).getTime() + local.minutes * 60_000;
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
