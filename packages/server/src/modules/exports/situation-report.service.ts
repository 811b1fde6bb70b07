import type { ExportCoverageQuery } from '@sigap/contracts';
import { officeToday } from '@sigap/domain';
import type { AuditKeyConfig } from '../../config';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { latestTrustedCheckpoint, loadPublicKey } from '../audit';
import { coverageFor } from '../coverage';
import { letterheadFor, letterheadScopeOf } from '../settings';
import { exportFilename } from './coverage-table';
import { type ExportFile, PDF_TYPE } from './export-file';
import { exportErrors } from './exports.errors';
import { auditExport } from './exports.service';
import { forecastParagraph } from './situation-forecast';
import { renderSituationReport } from './situation-report.pdf';

/**
 * A report on a past day is dated that day (it states the close of that day); a report on a future
 * reference date (an election's voting day) is dated today, the day it is signed (on the region's clock).
 */
export function signDateFor(referenceDate: string, today: string): string {
  return referenceDate < today ? referenceDate : today;
}

/** The daily situation report of a region as a signed-ready A4 PDF; same access as the dashboard. */
export async function exportSituationReport(
  handle: Db,
  ctx: RequestContext,
  q: ExportCoverageQuery,
  opts: { compress?: boolean; auditKey?: AuditKeyConfig; now?: Date | undefined } = {},
): Promise<ExportFile> {
  const now = opts.now ?? new Date();
  const coverage = await coverageFor(handle, ctx, q, now);
  if (coverage.election?.demo) throw exportErrors.demoElectionNotOfficial(coverage.election.name);
  const { letterhead } = await letterheadFor(handle.db, letterheadScopeOf(q.region));
  const forecast = await forecastParagraph(handle, ctx, q, officeToday(q.region, now));
  const auditKey = opts.auditKey && loadPublicKey(opts.auditKey);
  const auditCheckpoint = auditKey ? await latestTrustedCheckpoint(handle.db, auditKey) : null;
  const body = await renderSituationReport(
    {
      coverage,
      letterhead,
      forecast,
      signDate: signDateFor(coverage.referenceDate, officeToday(q.region, now)),
      generatedAt: new Date(),
      auditCheckpoint,
    },
    { compress: opts.compress },
  );
  const filename = exportFilename('laporan-situasi', q.region, coverage.referenceDate, 'pdf');
  await auditExport(handle, ctx, 'export.situation_report', q.region, {
    format: 'pdf',
    referenceDate: coverage.referenceDate,
    electionId: coverage.election?.id ?? null,
    filename,
  });
  return { filename, contentType: PDF_TYPE, body };
}
