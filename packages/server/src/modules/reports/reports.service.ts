import { addDays, daysBetween, regionLevel } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { errors } from '../../errors';
import { authorize } from '../access/authorize';
import { recordAudit } from '../audit/audit.service';
import { getRegion, listChildRegionsFor } from '../regions/regions.service';
import { getSetting } from '../settings/settings.service';
import { toReport } from './report-presenter';
import { isOnTime, regionClock } from './report-time';
import { reportErrors } from './reports.errors';
import {
  findReportById,
  listReportsBetween,
  listReportsOn,
  type ReportRow,
  reviewSubmittedReport,
} from './reports.repository';
import type { Report, ReportHistory, ReportList, ReviewBody } from './reports.schema';

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
    throw errors.validation([
      {
        field: 'from',
        message: `Rentang tanggal harus 1–${MAX_HISTORY_DAYS} hari.`,
        messageEn: `The date range must span 1–${MAX_HISTORY_DAYS} days.`,
      },
    ]);
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
  const status = body.decision === 'approve' ? 'approved' : 'returned';
  await handle.db.transaction().execute(async (trx) => {
    const moved = await reviewSubmittedReport(trx, id, {
      status,
      reviewed_by: ctx.user.id,
      reviewed_at: new Date().toISOString(),
      review_comment: body.comment || null,
    });
    if (!moved) throw reportErrors.notAwaitingReview((await findReportById(trx, id))?.status ?? 'unknown');
    await recordAudit(trx, handle.store, {
      actor: ctx.user,
      action: 'report.review',
      entity: 'daily_report',
      entityId: id,
      regionCode: row.regency_code,
      summary: {
        regency: row.regency_code,
        date: row.date,
        decision: body.decision,
        comment: body.comment ?? null,
      },
      ip: ctx.ip,
    });
  });
  return toReport(await getReportRow(handle, id));
}
