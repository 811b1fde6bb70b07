import { addDays, requireIsoDate } from './dates';

/**
 * Indonesia's three time zones and which province keeps which. A province's "day" (its day close, its daily
 * report, its snapshot) follows its own clock: NTB closes the day an hour before Lampung does.
 */
export const INDONESIAN_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type IndonesianZone = (typeof INDONESIAN_ZONES)[number];

/**
 * UTC offsets in minutes. Indonesia has kept fixed offsets without daylight saving since 1988, so plain
 * arithmetic is exact and does not depend on the ICU data of whatever runtime (server or browser) runs it.
 */
export const ZONE_OFFSET_MINUTES: Record<IndonesianZone, number> = {
  'Asia/Jakarta': 7 * 60,
  'Asia/Makassar': 8 * 60,
  'Asia/Jayapura': 9 * 60,
};

/** Short Indonesian label of each zone, as people say it ("WIB", "WITA", "WIT"). */
export const ZONE_LABELS: Record<IndonesianZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const WIB: IndonesianZone = 'Asia/Jakarta';
const WITA: IndonesianZone = 'Asia/Makassar';
const WIT: IndonesianZone = 'Asia/Jayapura';

/** All 38 provinces (Kemendagri codes, including the four Papua provinces created in 2022). */
export const PROVINCE_ZONES: Readonly<Record<string, IndonesianZone>> = {
  // Sumatra
  '11': WIB,
  '12': WIB,
  '13': WIB,
  '14': WIB,
  '15': WIB,
  '16': WIB,
  '17': WIB,
  '18': WIB,
  '19': WIB,
  '21': WIB,
  // Java
  '31': WIB,
  '32': WIB,
  '33': WIB,
  '34': WIB,
  '35': WIB,
  '36': WIB,
  // Bali and Nusa Tenggara
  '51': WITA,
  '52': WITA,
  '53': WITA,
  // Kalimantan: West and Central keep WIB, the rest WITA
  '61': WIB,
  '62': WIB,
  '63': WITA,
  '64': WITA,
  '65': WITA,
  // Sulawesi
  '71': WITA,
  '72': WITA,
  '73': WITA,
  '74': WITA,
  '75': WITA,
  '76': WITA,
  // Maluku and Papua
  '81': WIT,
  '82': WIT,
  '91': WIT,
  '92': WIT,
  '93': WIT,
  '94': WIT,
  '95': WIT,
  '96': WIT,
};

/**
 * The zone of any region code by its province prefix. The national root and unknown codes fall back to
 * WIB, the capital's clock, which is what national reporting uses.
 */
export function zoneOfRegion(regionCode: string): IndonesianZone {
  return PROVINCE_ZONES[regionCode.slice(0, 2)] ?? WIB;
}

/** The calendar date (`YYYY-MM-DD`) that a wall clock in `zone` shows at `instant`. */
export function localDate(instant: Date, zone: IndonesianZone): string {
  const shifted = new Date(instant.getTime() + ZONE_OFFSET_MINUTES[zone] * 60_000);
  return shifted.toISOString().slice(0, 10);
}

/** Today (`YYYY-MM-DD`) on the wall clock of `regionCode`'s province; 'ID' and unknown codes use WIB. */
export function officeToday(regionCode: string, now: Date = new Date()): string {
  return localDate(now, zoneOfRegion(regionCode));
}

/** The instant `date` ends in `zone`: local midnight at the start of the next day. */
export function dayCloseInstant(date: string, zone: IndonesianZone): Date {
  requireIsoDate(date);
  const next = addDays(date, 1);
  return new Date(Date.parse(`${next}T00:00:00Z`) - ZONE_OFFSET_MINUTES[zone] * 60_000);
}

/** The last local day of `zone` that has fully closed at `instant` (yesterday on its wall clock). */
export function lastClosedDate(instant: Date, zone: IndonesianZone): string {
  return addDays(localDate(instant, zone), -1);
}

/** Whole days from `from` to `to` (negative when `to` is earlier); both are calendar dates. */
export function daysBetween(from: string, to: string): number {
  requireIsoDate(from, 'from');
  requireIsoDate(to, 'to');
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
