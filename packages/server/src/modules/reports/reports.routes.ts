import {
  IdParam,
  Prefill,
  PrefillQuery,
  ReportHistory,
  ReportHistoryQuery,
  ReportList,
  ReportListQuery,
  ReportMonth,
  ReportMonthQuery,
  ReportReply,
  ReviewBody,
  SubmitReportBody,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { getReport, listReports, reportHistory, reviewReport } from './reports.service';
import { reportMonth } from './reports-month.service';
import { prefillReport, submitReport } from './reports-submit.service';

const TAGS = ['daily-reports'];

export function reportsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/daily-reports/prefill',
      {
        config: { policy: { action: 'report.submit', region: 'query:regency' } },
        schema: {
          tags: TAGS,
          summary: "A regency's figures for a day from Sigap's counters, for the operator to confirm",
          querystring: PrefillQuery,
          response: { 200: Prefill },
        },
      },
      async (req) => prefillReport(deps.handle, requireContext(req), req.query),
    );
    app.post(
      '/api/v1/daily-reports',
      {
        config: { policy: { action: 'report.submit', region: 'body:regency' } },
        schema: {
          tags: TAGS,
          summary:
            'Send (or re-send) the daily report of your regency; inconsistent figures come back flagged',
          body: SubmitReportBody,
          response: { 201: ReportReply },
        },
      },
      async (req, reply) =>
        reply.status(201).send({ report: await submitReport(deps.handle, requireContext(req), req.body) }),
    );
    app.get(
      '/api/v1/daily-reports',
      {
        config: { policy: { action: 'report.read', region: 'query:region' } },
        schema: {
          tags: TAGS,
          summary:
            'Reports of every regency of a province (or one regency) on a day, with reporting and on-time rates',
          querystring: ReportListQuery,
          response: { 200: ReportList },
        },
      },
      async (req) => listReports(deps.handle, requireContext(req), req.query),
    );
    app.get(
      '/api/v1/daily-reports/history',
      {
        config: { policy: { action: 'report.read', region: 'query:regency' } },
        schema: {
          tags: TAGS,
          summary: "A regency's reports between two dates, oldest first",
          querystring: ReportHistoryQuery,
          response: { 200: ReportHistory },
        },
      },
      async (req) => reportHistory(deps.handle, requireContext(req), req.query),
    );
    app.get(
      '/api/v1/daily-reports/month',
      {
        config: { policy: { action: 'report.read', region: 'query:region' } },
        schema: {
          tags: TAGS,
          summary:
            'Regency × day grid of a month (on time, late, missing, returned) with each regency on-time rate',
          querystring: ReportMonthQuery,
          response: { 200: ReportMonth },
        },
      },
      async (req) => reportMonth(deps.handle, requireContext(req), req.query),
    );
    app.get(
      '/api/v1/daily-reports/:id',
      {
        config: { policy: { action: 'report.read', region: 'row:report' } },
        schema: {
          tags: TAGS,
          summary: 'One daily report with its flags',
          params: IdParam,
          response: { 200: ReportReply },
        },
      },
      async (req) => ({ report: await getReport(deps.handle, requireContext(req), req.params.id) }),
    );
    app.post(
      '/api/v1/daily-reports/:id/review',
      {
        config: { policy: { action: 'report.review', region: 'row:report' } },
        schema: {
          tags: TAGS,
          summary: 'Approve a report, or return it with a comment (province)',
          params: IdParam,
          body: ReviewBody,
          response: { 200: ReportReply },
        },
      },
      async (req) => ({
        report: await reviewReport(deps.handle, requireContext(req), req.params.id, req.body),
      }),
    );
  };
}
