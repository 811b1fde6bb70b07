import { api, withQuery } from '../../lib/api';

/** Shapes of the daily-report API (server: modules/reports/reports.schema.ts). */
export type ReportStatus = 'submitted' | 'approved' | 'returned';
export type ReportSource = 'sigap' | 'manual';

export interface ReportFlag {
  code: string;
  field: string;
  severity: 'error' | 'warning';
  message: string;
  messageEn: string;
}

export interface Report {
  id: number;
  regency: string;
  regencyName: string;
  date: string;
  source: ReportSource;
  recordedToday: number | null;
  cumulativeRecorded: number;
  mustHoldId: number;
  printReadyWaiting: number | null;
  printed: number | null;
  blankoStock: number | null;
  suketIssued: number | null;
  statedPercent: number | null;
  statedRemaining: number | null;
  notes: string | null;
  computed: { percentRecorded: number | null; remaining: number };
  flags: ReportFlag[];
  status: ReportStatus;
  submittedBy: number;
  submittedByName: string | null;
  submittedAt: string;
  reviewedBy: number | null;
  reviewedByName: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
}

export interface Prefill {
  regency: string;
  regencyName: string;
  date: string;
  source: 'sigap';
  recordedToday: number | null;
  cumulativeRecorded: number;
  mustHoldId: number;
  printReadyWaiting: number;
  printed: number;
  previous: { date: string; cumulativeRecorded: number; from: 'report' | 'snapshot' } | null;
  existing: Report | null;
}

export interface SubmitReportBody {
  regency: string;
  date: string;
  source: ReportSource;
  recordedToday?: number | null;
  cumulativeRecorded: number;
  mustHoldId: number;
  printReadyWaiting?: number | null;
  printed?: number | null;
  blankoStock?: number | null;
  suketIssued?: number | null;
  statedPercent?: number | null;
  statedRemaining?: number | null;
  notes?: string | null;
}

export interface RegencyReportRow {
  code: string;
  name: string;
  report: Report | null;
  onTime: boolean | null;
}

export interface ReportList {
  region: { code: string; name: string };
  date: string;
  cutoffHour: number;
  timeZone: string;
  regencies: RegencyReportRow[];
  expected: number;
  reported: number;
  onTimeCount: number;
  reportingRate: number | null;
  onTimeRate: number | null;
  missing: string[];
}

export function prefillPath(regency: string, date: string): string {
  return withQuery('/v1/daily-reports/prefill', { regency, date });
}

export function listPath(region: string, date: string): string {
  return withQuery('/v1/daily-reports', { region, date });
}

export function exportReportsPath(region: string, date: string): string {
  return withQuery('/v1/exports/daily-reports.xlsx', { region, date });
}

export function submitReport(body: SubmitReportBody, idempotencyKey?: string): Promise<Report> {
  return api.post<{ report: Report }>('/v1/daily-reports', body, idempotencyKey).then((r) => r.report);
}

export function reviewReport(
  id: number,
  decision: 'approve' | 'return',
  comment: string,
  idempotencyKey?: string,
): Promise<Report> {
  const body = comment.trim() ? { decision, comment: comment.trim() } : { decision };
  return api
    .post<{ report: Report }>(`/v1/daily-reports/${id}/review`, body, idempotencyKey)
    .then((r) => r.report);
}
