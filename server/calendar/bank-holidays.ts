/**
 * England and Wales bank holidays by rule (Banking and Financial Dealings Act 1971 plus the usual
 * substitute days). One-off changes, such as a moved May holiday or a royal occasion, go in
 * config/hubs.json `extraClosedDays`.
 */
export function bankHolidays(year: number): Set<string> {
  const days = new Set<string>();
  days.add(substituteIfWeekend(ymd(year, 1, 1)));
  const easter = easterSunday(year);
  days.add(addDays(easter, -2));
  days.add(addDays(easter, 1));
  days.add(firstMonday(year, 5));
  days.add(lastMonday(year, 5));
  days.add(lastMonday(year, 8));
  for (const day of christmasDays(year)) days.add(day);
  return days;
}

/** Christmas and Boxing Day, each moved to the next free weekday when it falls at a weekend. */
function christmasDays(year: number): string[] {
  const result: string[] = [];
  let candidate = ymd(year, 12, 25);
  for (let i = 0; i < 2; i++) {
    while (isWeekend(candidate) || result.includes(candidate)) candidate = addDays(candidate, 1);
    result.push(candidate);
    candidate = addDays(candidate, 1);
  }
  return result;
}

/** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

function firstMonday(year: number, month: number): string {
  let day = ymd(year, month, 1);
  while (weekday(day) !== 1) day = addDays(day, 1);
  return day;
}

function lastMonday(year: number, month: number): string {
  let day = addDays(ymd(month === 12 ? year + 1 : year, (month % 12) + 1, 1), -1);
  while (weekday(day) !== 1) day = addDays(day, -1);
  return day;
}

function substituteIfWeekend(day: string): string {
  let result = day;
  while (isWeekend(result)) result = addDays(result, 1);
  return result;
}

export function ymd(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

export function addDays(day: string, delta: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + delta);
  return date.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, for a calendar date. */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function isWeekend(day: string): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}
