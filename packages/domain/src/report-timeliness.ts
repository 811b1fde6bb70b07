/**
 * Timeliness of daily reports over a month (DHIS2's reporting-rate summary): each regency × day is on time,
 * late, missing or returned, and each regency's month gives its on-time rate over the days it owed.
 */
import { addDays, daysInMonth } from './dates';
import { type IndonesianZone, ZONE_OFFSET_MINUTES, zoneOfRegion } from './timezones';

export const REPORT_CELL_STATES = ['on_time', 'late', 'missing', 'returned', 'not_due'] as const;
/** `not_due`: a day to come, or today before its cutoff without a report yet (nothing is owed). */
export type ReportCellState = (typeof REPORT_CELL_STATES)[number];

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

/** The days of a month `YYYY-MM`, first to last. */
export function monthDays(month: string): string[] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const first = `${month}-01`;
  return Array.from({ length: daysInMonth(year, m) }, (_, i) => addDays(first, i));
}

/** What the grid needs of a stored report. */
export interface CellReport {
  status: 'submitted' | 'approved' | 'returned';
  submittedAt: string;
}

/**
 * One regency's day. `due` is the latest day a report is owed on the regency's clock (today after the
 * cutoff, else yesterday): a later day without a report is not yet owed. A returned report is shown as
 * returned (the province is waiting for its correction) whatever its time.
 */
export function reportCellState(
  date: string,
  report: CellReport | undefined,
  due: string,
  zone: IndonesianZone,
  cutoffHour: number,
): ReportCellState {
  if (report) {
    if (report.status === 'returned') return 'returned';
    return isOnTime(report.submittedAt, date, zone, cutoffHour) ? 'on_time' : 'late';
  }
  return date > due ? 'not_due' : 'missing';
}

export interface Timeliness {
  /** Days a report was owed (every state but `not_due`, and days reported early). */
  expected: number;
  reported: number;
  onTime: number;
  /** on time / expected (the DHIS2 definition); null when nothing was owed yet. */
  onTimeRate: number | null;
  reportingRate: number | null;
}

export function timeliness(cells: readonly ReportCellState[]): Timeliness {
  const expected = cells.filter((c) => c !== 'not_due').length;
  const reported = cells.filter((c) => c !== 'not_due' && c !== 'missing').length;
  const onTime = cells.filter((c) => c === 'on_time').length;
  return {
    expected,
    reported,
    onTime,
    onTimeRate: expected === 0 ? null : onTime / expected,
    reportingRate: expected === 0 ? null : reported / expected,
  };
}
