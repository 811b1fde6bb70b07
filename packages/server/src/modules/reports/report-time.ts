import { addDays, type IndonesianZone, officeToday, ZONE_OFFSET_MINUTES, zoneOfRegion } from '@sigap/domain';

/** A region's clock: its zone and today's date there (a report's day is the regency's own day). */
export function regionClock(regionCode: string, now = new Date()): { zone: IndonesianZone; today: string } {
  const zone = zoneOfRegion(regionCode);
  return { zone, today: officeToday(regionCode, now) };
}

/**
 * Whether a report submitted at `submittedAt` (ISO instant) is on time for `date`: sent on that local
 * day before `cutoffHour` o'clock. The latest submission counts, so a report returned and sent again
 * after the cutoff is late: what the province has in hand at the cutoff is what matters.
 */
export function isOnTime(
  submittedAt: string,
  date: string,
  zone: IndonesianZone,
  cutoffHour: number,
): boolean {
  const local = new Date(Date.parse(submittedAt) + ZONE_OFFSET_MINUTES[zone] * 60_000).toISOString();
  const day = local.slice(0, 10);
  const hour = Number(local.slice(11, 13));
  return day < date || (day === date && hour < cutoffHour);
}

/**
 * The latest day whose report a regency owes at `now`: today once the cutoff hour has passed on its own
 * clock, else yesterday (today's report is not due yet). The watch list asks about this day, not
 * "yesterday" always: after the cutoff a regency that sent today's report is up to date.
 */
export function dueReportDate(regionCode: string, now: Date, cutoffHour: number): string {
  const zone = zoneOfRegion(regionCode);
  const local = new Date(now.getTime() + ZONE_OFFSET_MINUTES[zone] * 60_000).toISOString();
  const today = local.slice(0, 10);
  return Number(local.slice(11, 13)) >= cutoffHour ? today : addDays(today, -1);
}
