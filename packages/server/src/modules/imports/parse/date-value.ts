/**
 * Dates as SIAK extracts and spreadsheets write them: `DD-MM-YYYY`, `DD/MM/YYYY`, `D/M/YYYY`, `DD.MM.YYYY`,
 * `YYYY-MM-DD` (a time after the date is ignored), or an Excel serial number when a date column was saved
 * without a date format. Parsed by hand, without regexes or Date objects: this runs several times per row.
 */
import { isValidCalendarDate } from '@sigap/domain';

/** Years outside this range are typos (0990, 20024), not dates in a civil register. */
const MIN_YEAR = 1800;
const MAX_YEAR = 2199;
/** Excel serials accepted: 1 = 1900-01-01 up to 60000 = 2064-04-08. */
export const MAX_EXCEL_SERIAL = 60000;
/** Serial 60 is 1900-02-29, a day that never was: Excel kept Lotus 1-2-3's leap-year bug. */
const PHANTOM_LEAP_DAY = 60;
/** Serial 25569 is 1970-01-01 (past the phantom day, which shifts every later serial by one). */
const UNIX_EPOCH_SERIAL = 25569;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function validDay(year: number, month: number, day: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR && isValidCalendarDate(year, month, day);
}

function iso(year: number, month: number, day: number): string | undefined {
  if (!validDay(year, month, day)) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Calendar date of a day count since 1970-01-01 (Hinnant's civil_from_days, proleptic Gregorian). */
function civilFromDays(days: number): string | undefined {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return iso(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** `YYYY-MM-DD` for an Excel serial in the 1900 date system (a fraction, the time of day, is dropped). */
export function excelSerialToIsoDate(serial: number): string | undefined {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole > MAX_EXCEL_SERIAL || whole === PHANTOM_LEAP_DAY) {
    return undefined;
  }
  return civilFromDays(whole - UNIX_EPOCH_SERIAL + (whole < PHANTOM_LEAP_DAY ? 1 : 0));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Value of the run of 1–`max` digits at `i` and the index after it, or undefined. */
function digits(s: string, i: number, max: number): [number, number] | undefined {
  let value = 0;
  let j = i;
  while (j < s.length && j - i < max && isDigit(s.charCodeAt(j))) value = value * 10 + s.charCodeAt(j++) - 48;
  return j > i ? [value, j] : undefined;
}

function isSeparator(c: number): boolean {
  return c === 45 || c === 47 || c === 46; // - / .
}

/** A date ends the text, or is followed by a time (`2024-02-14 08:00:00`, `2024-02-14T08:00`). */
function endsDate(s: string, i: number): boolean {
  return i === s.length || s.charCodeAt(i) === 32 || s.charCodeAt(i) === 84;
}

/** A serial such as `45336` or `45336.5`; a bare year like `1990` is refused, not read as 1905-06-12. */
function fromSerial(s: string): string | undefined {
  const dot = s.indexOf('.');
  const whole = dot < 0 ? s : s.slice(0, dot);
  if (whole.length === 0 || whole.length > 5) return undefined;
  for (let i = 0; i < s.length; i++) if (i !== dot && !isDigit(s.charCodeAt(i))) return undefined;
  const serial = Number(s);
  if (serial >= 1900 && serial < 2101) return undefined;
  return excelSerialToIsoDate(serial);
}

/** The number written by the `length` digits at `i` (already checked to be digits). */
function num(s: string, i: number, length: number): number {
  let value = 0;
  for (let j = i; j < i + length; j++) value = value * 10 + s.charCodeAt(j) - 48;
  return value;
}

/** Two digits at `a`, two at `b` and four at `c`. */
function tenCharDigits(s: string, a: number, b: number, c: number): boolean {
  return (
    isDigit(s.charCodeAt(a)) &&
    isDigit(s.charCodeAt(a + 1)) &&
    isDigit(s.charCodeAt(b)) &&
    isDigit(s.charCodeAt(b + 1)) &&
    isDigit(s.charCodeAt(c)) &&
    isDigit(s.charCodeAt(c + 1)) &&
    isDigit(s.charCodeAt(c + 2)) &&
    isDigit(s.charCodeAt(c + 3))
  );
}

/** `YYYY-MM-DD` for a date written in one of the accepted forms, or undefined (including impossible days). */
export function parseDateValue(raw: string): string | undefined {
  const s = raw.trim();
  if (s.length === 0) return undefined;
  // The two forms SIAK writes, read by position: `YYYY-MM-DD` is returned as is, `DD-MM-YYYY` sliced.
  if (s.length === 10) {
    const c4 = s.charCodeAt(4);
    if (c4 === 45 && s.charCodeAt(7) === 45 && tenCharDigits(s, 5, 8, 0)) {
      return validDay(num(s, 0, 4), num(s, 5, 2), num(s, 8, 2)) ? s : undefined;
    }
    const sep = s.charCodeAt(2);
    if (isSeparator(sep) && s.charCodeAt(5) === sep && tenCharDigits(s, 0, 3, 6)) {
      if (!validDay(num(s, 6, 4), num(s, 3, 2), num(s, 0, 2))) return undefined;
      return `${s.slice(6, 10)}-${s.slice(3, 5)}-${s.slice(0, 2)}`;
    }
  }
  const first = digits(s, 0, 5);
  if (!first) return undefined;
  const [a, afterA] = first;
  if (afterA === s.length || s.charCodeAt(afterA) === 46) {
    const serial = fromSerial(s);
    if (serial !== undefined || afterA === s.length) return serial;
  }
  const sep = s.charCodeAt(afterA);
  if (!isSeparator(sep)) return undefined;
  const second = digits(s, afterA + 1, 2);
  if (!second || s.charCodeAt(second[1]) !== sep) return undefined;
  const third = digits(s, second[1] + 1, afterA === 4 ? 2 : 4);
  if (!third || !endsDate(s, third[1])) return undefined;
  if (afterA === 4) return iso(a, second[0], third[0]);
  if (afterA > 2 || third[1] - second[1] - 1 !== 4) return undefined;
  return iso(third[0], second[0], a);
}
