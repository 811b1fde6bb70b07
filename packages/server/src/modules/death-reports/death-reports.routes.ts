import {
  DeathDecisionBody,
  DeathRejectionBody,
  DeathReportBody,
  DeathReportPage,
  DeathReportQuery,
  DeathReportReply,
  IdParam,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import {
  confirmDeath,
  latestDeathReport,
  listDeathReportsInScope,
  rejectDeath,
  reportDeath,
} from './death-reports.service';

export function deathReportsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const h = deps.handle;
    app.get(
      '/api/v1/death-reports',
      {
        config: { policy: { action: 'resident.confirm_death', region: 'query:region' } },
        schema: {
          tags: ['death-reports'],
          summary: 'Deaths entered by hand in your scope, waiting for (or decided by) a second officer',
          querystring: DeathReportQuery,
          response: { 200: DeathReportPage },
        },
      },
      async (req) => listDeathReportsInScope(h, requireContext(req), req.query),
    );
    app.get(
      '/api/v1/residents/:id/death-report',
      {
        config: { policy: { action: 'resident.read_detail', region: 'row:resident' } },
        schema: {
          tags: ['death-reports'],
          summary: "The resident's open death report, or else the latest decided one",
          params: IdParam,
          response: { 200: DeathReportReply },
        },
      },
      async (req) => latestDeathReport(h, requireContext(req), req.params.id),
    );
    app.post(
      '/api/v1/residents/:id/death-report',
      {
        config: { policy: { action: 'resident.report_death', region: 'row:resident' } },
        schema: {
          tags: ['death-reports'],
          summary:
            'Report a death by hand (document number and reason); it counts once another officer confirms',
          params: IdParam,
          body: DeathReportBody,
          response: { 200: DeathReportReply },
        },
      },
      async (req) => reportDeath(h, requireContext(req), req.params.id, req.body),
    );
    app.post(
      '/api/v1/residents/:id/death-report/confirm',
      {
        config: { policy: { action: 'resident.confirm_death', region: 'row:resident' } },
        schema: {
          tags: ['death-reports'],
          summary:
            'Confirm another officer’s death report: the resident becomes deceased (history, audit, counters)',
          params: IdParam,
          body: DeathDecisionBody,
          response: { 200: DeathReportReply },
        },
      },
      async (req) => confirmDeath(h, requireContext(req), req.params.id, req.body.note?.trim() || null),
    );
    app.post(
      '/api/v1/residents/:id/death-report/reject',
      {
        config: { policy: { action: 'resident.confirm_death', region: 'row:resident' } },
        schema: {
          tags: ['death-reports'],
          summary: 'Reject a death report, saying why; the resident is untouched',
          params: IdParam,
          body: DeathRejectionBody,
          response: { 200: DeathReportReply },
        },
      },
      async (req) => rejectDeath(h, requireContext(req), req.params.id, req.body.note),
    );
  };
}
