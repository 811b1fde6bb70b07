import { ExportCoverageQuery, ExportDailyReportsQuery } from '@sigap/contracts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import type { ExportFile } from './export-file';
import { exportCoverageXlsx, exportDailyReportsXlsx } from './exports.service';
import { exportSituationReport } from './situation-report.service';

/** Files are for the one user who asked: a download, never kept by a shared cache. */
export function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .header('Content-Type', file.contentType)
    .header('Content-Disposition', `attachment; filename="${file.filename}"`)
    .header('Cache-Control', 'private, no-store')
    .send(file.body);
}

export function exportsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/exports/coverage.xlsx',
      {
        config: {
          policy: { action: 'coverage.read', region: 'query:region', election: 'query:election' },
        },
        schema: {
          tags: ['exports'],
          summary: 'The coverage drill-down table (region, children, total) as an XLSX workbook',
          querystring: ExportCoverageQuery,
        },
      },
      async (req, reply) =>
        sendFile(reply, await exportCoverageXlsx(deps.handle, requireContext(req), req.query, deps.now?.())),
    );
    app.get(
      '/api/v1/exports/daily-reports.xlsx',
      {
        config: { policy: { action: 'report.read', region: 'query:region' } },
        schema: {
          tags: ['exports'],
          summary: "One day's regency daily reports (missing ones included) as an XLSX workbook",
          querystring: ExportDailyReportsQuery,
        },
      },
      async (req, reply) =>
        sendFile(
          reply,
          await exportDailyReportsXlsx(deps.handle, requireContext(req), req.query, deps.now?.()),
        ),
    );
    app.get(
      '/api/v1/exports/situation-report.pdf',
      {
        config: {
          policy: { action: 'coverage.read', region: 'query:region', election: 'query:election' },
        },
        schema: {
          tags: ['exports'],
          summary: 'The daily situation report of a region as an A4 PDF with the office letterhead',
          querystring: ExportCoverageQuery,
        },
      },
      async (req, reply) =>
        sendFile(
          reply,
          await exportSituationReport(deps.handle, requireContext(req), req.query, {
            auditKey: deps.config.auditKey,
            now: deps.now?.(),
          }),
        ),
    );
  };
}
