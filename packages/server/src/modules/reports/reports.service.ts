import type { Report, ReportHistory, ReportList, ReviewBody } from '@sigap/contracts';
import { addDays, daysBetween, regionLevel } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { errors } from '../../errors';
import { authorize } from '../access';
import { getRegion, listChildRegionsFor } from '../regions';
import { getSetting } from '../settings';
import { toReport } from './report-presenter';
import { dueReportDate, isOnTime, regionClock } from './report-time';
import { reviewReportCommand } from './reports.commands';
import { reportErrors } from './reports.errors';
import {
  anyReportStored,
  findReportById,
  latestReportDatesFrom,
  listReportsBetween,
  listReportsOn,
  type ReportRow,
} from './reports.repository';

/** History reads are for charts and context; a year and a bit is the longest window one page needs. */
const MAX_HISTORY_DAYS = 400;
const DEFAULT_HISTORY_DAYS = 30;

export async function getReportRow(handle: Db, id: number): Promise<ReportRow> {
  const row = await findReportById(handle.db, id);
  if (!row) throw errors.notFound('Laporan harian', 'daily report', String(id));
  return row;
}

/**
 * Who has reported on a day among a province's regencies (or one regency): reporting rate, on-time
 * rate against the province's cutoff hour in its own time zone, and who is missing.
 */
export async function listReports(
  handle: Db,
  ctx: RequestContext,
  q: { region: string; date?: string },
): Promise<ReportList> {
  authorize(ctx.user, 'report.read', q.region);
  const region = await getRegion(handle.db, q.region);
  const { zone, today } = regionClock(q.region);
  const date = q.date ?? today;
  const regencies =
    regionLevel(q.region) === 'regency' ? [region] : await listChildRegionsFor(handle.db, q.region);
  const cutoffHour = await getSetting(handle.db, q.region, 'report_cutoff_hour');
  const byCode = new Map(
    (
      await listReportsOn(
        handle.db,
        regencies.map((r) => r.code),
        date,
      )
    ).map((r) => [r.regency_code, r]),
  );
  const rows = regencies.map((g) => {
    const row = byCode.get(g.code);
    return {
      code: g.code,
      name: g.name,
      report: row ? toReport(row) : null,
      onTime: row ? isOnTime(row.submitted_at, date, zone, cutoffHour) : null,
    };
  });
  const expected = rows.length;
  const reported = rows.filter((r) => r.report).length;
  const onTimeCount = rows.filter((r) => r.onTime === true).length;
  return {
    region: { code: region.code, name: region.name },
    date,
    cutoffHour,
    timeZone: zone,
    regencies: rows,
    expected,
    reported,
    onTimeCount,
    reportingRate: expected === 0 ? null : reported / expected,
    onTimeRate: expected === 0 ? null : onTimeCount / expected,
    missing: rows.filter((r) => !r.report).map((r) => r.code),
  };
}

export async function getReport(handle: Db, ctx: RequestContext, id: number): Promise<Report> {
  authorize(ctx.user, 'report.read');
  const row = await getReportRow(handle, id);
  authorize(ctx.user, 'report.read', row.regency_code);
  return toReport(row);
}

/** A regency's reports in date order, by default the last 30 days up to its today. */
export async function reportHistory(
  handle: Db,
  ctx: RequestContext,
  q: { regency: string; from?: string; to?: string },
): Promise<ReportHistory> {
  authorize(ctx.user, 'report.read', q.regency);
  await getRegion(handle.db, q.regency);
  const to = q.to ?? regionClock(q.regency).today;
  const from = q.from ?? addDays(to, -(DEFAULT_HISTORY_DAYS - 1));
  if (daysBetween(from, to) < 0 || daysBetween(from, to) >= MAX_HISTORY_DAYS) {
    throw reportErrors.historyRange(MAX_HISTORY_DAYS);
  }
  const rows = await listReportsBetween(handle.db, q.regency, from, to);
  return { regency: q.regency, from, to, items: rows.map(toReport) };
}

/** The province approves a report, or returns it with a comment for the regency to correct and resend. */
export async function reviewReport(
  handle: Db,
  ctx: RequestContext,
  id: number,
  body: ReviewBody,
): Promise<Report> {
  authorize(ctx.user, 'report.review');
  const row = await getReportRow(handle, id);
  authorize(ctx.user, 'report.review', row.regency_code);
  if (row.status !== 'submitted') throw reportErrors.notAwaitingReview(row.status);
  await reviewReportCommand(handle, { report: row, review: body, actor: ctx.user, ip: ctx.ip });
  return toReport(await getReportRow(handle, id));
}

/**
 * Regencies among `regencies` (of one province) that owe a report at `now`: none for the day due on their
 * clock (`dueReportDate`: today after the province's cutoff hour, else yesterday) nor any later day (a report
 * sent early for today brings the regency up to date). Empty while daily reporting is not in use (no report
 * ever stored), when flagging every regency would only be noise. For the watch list.
 */
export async function regenciesMissingReport(
  handle: Db,
  regencies: readonly string[],
  now: Date,
): Promise<{ code: string; date: string }[]> {
  if (regencies.length === 0 || !(await anyReportStored(handle.db))) return [];
  const province = regencies[0]?.slice(0, 2) ?? '';
  const cutoffHour = await getSetting(handle.db, province, 'report_cutoff_hour');
  const due = regencies.map((code) => ({ code, date: dueReportDate(code, now, cutoffHour) }));
  const earliest = due.map((d) => d.date).sort()[0] ?? '';
  const latest = await latestReportDatesFrom(handle.db, regencies, earliest);
  return due.filter((d) => (latest.get(d.code) ?? '') < d.date);
}
