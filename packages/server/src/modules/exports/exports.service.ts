import type { ExportCoverageQuery, ExportDailyReportsQuery } from '@sigap/contracts';
import { type AuditAction, officeToday } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { recordAuditAlone } from '../audit';
import { coverageFor } from '../coverage';
import { getRegion } from '../regions';
import { coverageTable, exportFilename } from './coverage-table';
import { dailyReportsTable } from './daily-reports-table';
import { type ExportFile, XLSX_TYPE } from './export-file';
import { dailyReportsOn } from './exports.repository';
import { tableToXlsx } from './xlsx-table';

/**
 * Aggregates are not personal data, but who took which figures out of the system, and when, is part of
 * the trail a province answers to (a leaked or disputed spreadsheet can be traced).
 */
export async function auditExport(
  handle: Db,
  ctx: RequestContext,
  action: AuditAction,
  region: string,
  summary: Record<string, unknown>,
): Promise<void> {
  await recordAuditAlone(handle, {
    actor: ctx.user,
    action,
    entity: 'export',
    entityId: region,
    regionCode: region,
    summary,
    ip: ctx.ip,
  });
}

/** The coverage drill-down table as XLSX; same permission and scope as `/api/v1/coverage`. */
export async function exportCoverageXlsx(
  handle: Db,
  ctx: RequestContext,
  q: ExportCoverageQuery,
  now: Date = new Date(),
): Promise<ExportFile> {
  const coverage = await coverageFor(handle, ctx, q, now);
  const body = await tableToXlsx(coverageTable(coverage, new Date()));
  const filename = exportFilename('cakupan', q.region, coverage.referenceDate, 'xlsx');
  await auditExport(handle, ctx, 'export.coverage', q.region, {
    format: 'xlsx',
    referenceDate: coverage.referenceDate,
    electionId: coverage.election?.id ?? null,
    rows: coverage.children.length,
    filename,
  });
  return { filename, contentType: XLSX_TYPE, body };
}

/** One day's regency reports as XLSX, with the regencies that did not report. */
export async function exportDailyReportsXlsx(
  handle: Db,
  ctx: RequestContext,
  q: ExportDailyReportsQuery,
  now: Date = new Date(),
): Promise<ExportFile> {
  authorize(ctx.user, 'report.read', q.region);
  const region = await getRegion(handle.db, q.region);
  const date = q.date ?? officeToday(q.region, now);
  const rows = await dailyReportsOn(handle.db, q.region, date);
  const body = await tableToXlsx(dailyReportsTable(region.name, date, rows, new Date()));
  const filename = exportFilename('laporan-harian', q.region, date, 'xlsx');
  await auditExport(handle, ctx, 'export.daily_reports', q.region, {
    format: 'xlsx',
    date,
    rows: rows.length,
    filename,
  });
  return { filename, contentType: XLSX_TYPE, body };
}
