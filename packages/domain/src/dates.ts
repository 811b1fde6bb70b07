/**
 * Calendar dates as `YYYY-MM-DD` strings. Birth dates, death dates and voting days are days on a calendar,
 * not instants: handling them as strings (and never as `Date` in a local zone) keeps a WIB/WITA/WIT office,
 * a UTC server and a browser from disagreeing about which day a person was born.
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Gregorian leap year: every 4th year, except centuries not divisible by 400 (1900 is not, 2000 is). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day name a day that exists on the Gregorian calendar. */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

/** Parts of a strict `YYYY-MM-DD` string that names a real day, or undefined (e.g. `2023-02-29`). */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidCalendarDate(date.year, date.month, date.day) ? date : undefined;
}

/** True when `value` is a strict `YYYY-MM-DD` string naming a real day. */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

/** Parts of an ISO date, throwing a RangeError: a bad date reaching the domain is a programming error. */
export function requireIsoDate(value: string, name = 'date'): CalendarDate {
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`${name} must be a real YYYY-MM-DD date, got "${value}"`);
  return date;
}

/** `YYYY-MM-DD` from parts (zero-padded; the parts are assumed valid). */
export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** -1, 0 or 1: zero-padded ISO dates sort as strings, so no parsing is needed. */
export function compareIsoDates(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * The same month and day `years` later (or earlier). 29 February in a year without one becomes 1 March:
 * the anniversary has not happened while 28 February lasts (see `ageOn` in eligibility).
 */
export function addYears(date: string, years: number): string {
  const { year, month, day } = requireIsoDate(date);
  const target = year + years;
  if (month === 2 && day === 29 && !isLeapYear(target)) return toIsoDate({ year: target, month: 3, day: 1 });
  return toIsoDate({ year: target, month, day });
}

/** The date `days` later (negative: earlier); UTC arithmetic cannot skip or repeat a day. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = requireIsoDate(date);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day + days);
  return toIsoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}
