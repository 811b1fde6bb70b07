import { type IndonesianZone, officeToday, ZONE_OFFSET_MINUTES, zoneOfRegion } from '@sigap/domain';

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
