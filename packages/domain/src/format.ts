/**
 * Indonesian (default) and English display formats. Dates given as `YYYY-MM-DD` are calendar dates and
 * are formatted in UTC so that no time zone can move them to the previous or next day.
 */
import { ZONE_LABELS } from './timezones';
export type Locale = 'id' | 'en';

const TAGS: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * Building an Intl formatter costs far more than using one (about a tenth of a booking confirmation's
 * time went into `formatDateLong`), so each locale, shape and zone gets one, kept for the process.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, shape: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${shape}|${options.timeZone}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(TAGS[locale], options);
    dateFormats.set(key, f);
  }
  return f;
}

function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
}

function isDateOnly(value: Date | string): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/**
 * Long forms of calendar dates already made, per locale: every booking's answer names its date, and
 * Intl's `format` was about 1 % of a booking's server CPU (session 13). Bounded: cleared when it grows.
 */
const longDates = new Map<string, string>();

/** "Rabu, 14 Februari 2024" (id) or "Wednesday, 14 February 2024" (en). */
export function formatDateLong(
  value: Date | string,
  locale: Locale = 'id',
  timeZone = 'Asia/Jakarta',
): string {
  if (typeof value === 'string' && isDateOnly(value)) {
    const key = `${locale}|${value}`;
    const made = longDates.get(key);
    if (made !== undefined) return made;
    if (longDates.size >= 10_000) longDates.clear();
    const text = formatLong(value, locale, 'UTC');
    longDates.set(key, text);
    return text;
  }
  return formatLong(value, locale, timeZone);
}

function formatLong(value: Date | string, locale: Locale, timeZone: string): string {
  return dateFormat(locale, 'long', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(toDate(value));
}

/** "14 Feb 2024" (id) or "14 Feb 2024" (en): compact date for tables. */
export function formatDateShort(
  value: Date | string,
  locale: Locale = 'id',
  timeZone = 'Asia/Jakarta',
): string {
  const parts = dateFormat(locale, 'short', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: isDateOnly(value) ? 'UTC' : timeZone,
  }).formatToParts(toDate(value));
  // British English abbreviates September as "Sept" (newer ICU); tables use three letters for every month.
  return parts
    .map((part) => (part.type === 'month' && locale === 'en' ? part.value.slice(0, 3) : part.value))
    .join('');
}

/**
 * "14 Feb 2024 09.30" (id) or "14 Feb 2024 09:30" (en): a moment in time in words like every other date
 * (never 14/02/2024, which an English reader takes for the 2nd of a 14th month), in the office's zone.
 */
export function formatDateTime(
  value: Date | string,
  locale: Locale = 'id',
  timeZone = 'Asia/Jakarta',
): string {
  return formatDateTimeShort(value, locale, timeZone);
}

/**
 * "3 Des 2026 14.05" (id) or "3 Dec 2026 14:05" (en): a moment in a table (a last login), in words like
 * formatDateShort with the time of day, in the office's zone (WIB by default).
 */
export function formatDateTimeShort(
  value: Date | string,
  locale: Locale = 'id',
  timeZone = 'Asia/Jakarta',
): string {
  const time = dateFormat(locale, 'time', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(toDate(value));
  return `${formatDateShort(value, locale, timeZone)} ${time}`;
}

/**
 * One minus sign everywhere: Intl writes a hyphen-minus for id and en, while sentences built by hand (report
 * flags, "wajib − rekam") use the typographic minus U+2212; numbers take the latter too, so a negative
 * figure reads the same on every surface.
 */
function typographicMinus(text: string): string {
  return text.replace(/^-/, '\u2212');
}

/** "6.418.683" (id) or "6,418,683" (en); a negative number with "−". */
export function formatNumber(value: number, locale: Locale = 'id'): string {
  return typographicMinus(new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 2 }).format(value));
}

/** A ratio as a percentage with two decimals: 0.98576 → "98,58%" (id) or "98.58%" (en). */
export function formatPercent(ratio: number, locale: Locale = 'id', fractionDigits = 2): string {
  const text = new Intl.NumberFormat(TAGS[locale], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio * 100);
  return `${typographicMinus(text)}%`;
}

/**
 * "4 Desember 2026 pukul 14.00 WITA" (id) or "4 December 2026 at 14:00 WITA" (en): when published figures
 * were read, on the clock of the office that publishes them, with the zone people say ("WIB", "WITA", "WIT").
 */
export function formatAsOf(
  instant: Date | string,
  zone: keyof typeof ZONE_LABELS,
  locale: Locale = 'id',
): string {
  const at = toDate(instant);
  const day = new Intl.DateTimeFormat(TAGS[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: zone,
  }).format(at);
  const time = new Intl.DateTimeFormat(TAGS[locale], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(at);
  return `${day} ${locale === 'id' ? 'pukul' : 'at'} ${time} ${ZONE_LABELS[zone]}`;
}
