import type {
  DeathDecisionBody,
  DeathRejectionBody,
  DeathReport,
  DeathReportBody,
  DeathReportReply,
} from '@sigap/contracts';
import { DEATH_REPORT_STATUSES } from '@sigap/contracts';
import { api, withQuery } from '../../lib/api';

export type DeathReportStatus = (typeof DEATH_REPORT_STATUSES)[number];
export { DEATH_REPORT_STATUSES };

/** The worklist of a confirming officer (`?status=`), in their scope; the server pages it. */
export function deathReportsPath(status: DeathReportStatus, page: number, pageSize: number): string {
  return withQuery('/v1/death-reports', { status, page, pageSize });
}

export function deathReportPath(residentId: number): string {
  return `/v1/residents/${residentId}/death-report`;
}

export function reportDeath(
  residentId: number,
  body: DeathReportBody,
  idempotencyKey: string,
): Promise<DeathReportReply> {
  return api.post<DeathReportReply>(deathReportPath(residentId), body, idempotencyKey);
}

export type DeathDecision =
  | { kind: 'confirm'; body: DeathDecisionBody }
  | { kind: 'reject'; body: DeathRejectionBody };

/** Confirm or reject the resident's open report (the server finds it; another officer may have decided). */
export function decideDeath(
  residentId: number,
  decision: DeathDecision,
  idempotencyKey: string,
): Promise<DeathReportReply> {
  return api.post<DeathReportReply>(
    `${deathReportPath(residentId)}/${decision.kind}`,
    decision.body,
    idempotencyKey,
  );
}

/** The four-eyes rule as the UI applies it before asking: the reporter never decides their own report. */
export function isOwnReport(report: DeathReport, userId: number): boolean {
  return report.reportedById === userId;
}
