import type { ReviewBody, SubmitReportBody } from '@sigap/contracts';
import type { Db } from '../../db/connect';
import { recordAudit } from '../audit';
import { reportErrors } from './reports.errors';
import {
  findReportById,
  findReportFor,
  insertReport,
  type NewReportRow,
  type ReportRow,
  reviewSubmittedReport,
  updateUnapprovedReport,
} from './reports.repository';

/**
 * The writes to a daily report, one transaction each: the report row and its audit entry (the audit log is
 * the report's history: every submission and review stays there). The services check the role, the scope
 * and the figures first (reports-submit.service.ts, reports.service.ts).
 */
type Actor = { id: number; username: string };

/**
 * A regency sends (or re-sends) its report for a day: inserted, or the stored one replaced unless the
 * province approved it (checked again inside the transaction, so a racing approval wins). Returns its id.
 */
export async function submitReportCommand(
  handle: Db,
  input: {
    body: SubmitReportBody;
    values: Omit<NewReportRow, 'regency_code' | 'date'>;
    flagCodes: string[];
    actor: Actor;
    ip: string | null;
  },
): Promise<number> {
  const { body: b, values } = input;
  return handle.db.transaction().execute(async (trx) => {
    const existing = await findReportFor(trx, b.regency, b.date);
    if (existing?.status === 'approved') throw reportErrors.alreadyApproved(b.regency, b.date);
    let reportId: number | undefined = existing?.id;
    if (existing) {
      if (!(await updateUnapprovedReport(trx, existing.id, values))) {
        throw reportErrors.alreadyApproved(b.regency, b.date);
      }
    } else {
      reportId = await insertReport(trx, { ...values, regency_code: b.regency, date: b.date });
    }
    if (reportId === undefined) throw reportErrors.submitConflict();
    await recordAudit(trx, handle.store, {
      actor: input.actor,
      action: 'report.submit',
      entity: 'daily_report',
      entityId: reportId,
      regionCode: b.regency,
      summary: { ...b, replaced: existing ? existing.status : null, flags: input.flagCodes },
      ip: input.ip,
    });
    return reportId;
  });
}

/** The province approves a submitted report or returns it with a comment; refused if no longer submitted. */
export async function reviewReportCommand(
  handle: Db,
  input: { report: ReportRow; review: ReviewBody; actor: Actor; ip: string | null },
): Promise<void> {
  const { report: row, review } = input;
  await handle.db.transaction().execute(async (trx) => {
    const moved = await reviewSubmittedReport(trx, row.id, {
      status: review.decision === 'approve' ? 'approved' : 'returned',
      reviewed_by: input.actor.id,
      reviewed_at: new Date().toISOString(),
      review_comment: review.comment || null,
    });
    if (!moved)
      throw reportErrors.notAwaitingReview((await findReportById(trx, row.id))?.status ?? 'unknown');
    await recordAudit(trx, handle.store, {
      actor: input.actor,
      action: 'report.review',
      entity: 'daily_report',
      entityId: row.id,
      regionCode: row.regency_code,
      summary: {
        regency: row.regency_code,
        date: row.date,
        decision: review.decision,
        comment: review.comment ?? null,
      },
      ip: input.ip,
    });
  });
}
