import type { ReportMonth, ReportMonthQuery } from '@sigap/contracts';
import {
  dueReportDate,
  monthDays,
  type ReportCellState,
  regionLevel,
  reportCellState,
  timeliness,
} from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { getRegion, listChildRegionsFor } from '../regions';
import { getSetting } from '../settings';
import { regionClock } from './report-time';
import { listReportTimesBetween } from './reports.repository';

/**
 * The month grid: each regency × day on time, late, missing or returned against the province's cutoff
 * hour on the regency's clock, and each regency's timeliness over the days it owed. A province sees all
 * its regencies; a regency (its operator) sees its own row.
 */
export async function reportMonth(
  handle: Db,
  ctx: RequestContext,
  q: ReportMonthQuery,
  now = new Date(),
): Promise<ReportMonth> {
  authorize(ctx.user, 'report.read', q.region);
  const region = await getRegion(handle.db, q.region);
  const { zone, today } = regionClock(q.region, now);
  const month = q.month ?? today.slice(0, 7);
  const days = monthDays(month);
  const regencies =
    regionLevel(q.region) === 'regency' ? [region] : await listChildRegionsFor(handle.db, q.region);
  const cutoffHour = await getSetting(handle.db, q.region, 'report_cutoff_hour');
  const stored = await listReportTimesBetween(
    handle.db,
    regencies.map((r) => r.code),
    days[0] ?? `${month}-01`,
    days.at(-1) ?? `${month}-01`,
  );
  const byKey = new Map(stored.map((r) => [`${r.regency_code} ${r.date}`, r]));
  const all: ReportCellState[] = [];
  const rows = regencies.map((g) => {
    const due = dueReportDate(g.code, now, cutoffHour);
    const cells = days.map((date) => {
      const r = byKey.get(`${g.code} ${date}`);
      return reportCellState(
        date,
        r ? { status: r.status, submittedAt: r.submitted_at } : undefined,
        due,
        zone,
        cutoffHour,
      );
    });
    all.push(...cells);
    return { code: g.code, name: g.name, cells, ...timeliness(cells) };
  });
  return {
    region: { code: region.code, name: region.name },
    month,
    days,
    today,
    cutoffHour,
    timeZone: zone,
    rows,
    totals: timeliness(all),
  };
}
