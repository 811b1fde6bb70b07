import { type IndonesianZone, officeToday, zoneOfRegion } from '@sigap/domain';

/** A region's clock: its zone and today's date there (a report's day is the regency's own day). */
export function regionClock(regionCode: string, now = new Date()): { zone: IndonesianZone; today: string } {
  const zone = zoneOfRegion(regionCode);
  return { zone, today: officeToday(regionCode, now) };
}

// The timeliness rules are pure and shared with the web (the month grid): @sigap/domain.
export { dueReportDate, isOnTime } from '@sigap/domain';
