import type { Report, ReportReply, ReviewBody, SubmitReportBody } from '@sigap/contracts';
import type { z } from 'zod';
import { api, withQuery } from '../../lib/api';

/** What the report form sends (the request's input: optional counts may be left out). */
export type SubmitReportInput = z.input<typeof SubmitReportBody>;

export function prefillPath(regency: string, date: string): string {
  return withQuery('/v1/daily-reports/prefill', { regency, date });
}

export function listPath(region: string, date: string): string {
  return withQuery('/v1/daily-reports', { region, date });
}

export function monthPath(region: string, month: string): string {
  return withQuery('/v1/daily-reports/month', { region, month });
}

export function exportReportsPath(region: string, date: string): string {
  return withQuery('/v1/exports/daily-reports.xlsx', { region, date });
}

export function submitReport(body: SubmitReportInput, idempotencyKey?: string): Promise<Report> {
  return api.post<ReportReply>('/v1/daily-reports', body, idempotencyKey).then((r) => r.report);
}

export function reviewReport(
  id: number,
  decision: z.input<typeof ReviewBody>['decision'],
  comment: string,
  idempotencyKey?: string,
): Promise<Report> {
  const body: z.input<typeof ReviewBody> = comment.trim()
    ? { decision, comment: comment.trim() }
    : { decision };
  return api.post<ReportReply>(`/v1/daily-reports/${id}/review`, body, idempotencyKey).then((r) => r.report);
}
