import type { Report } from '@sigap/contracts';
import { showReportFlag, storedReportFlags } from '@sigap/domain';
import type { ReportRow } from './reports.repository';

/**
 * PostgreSQL keeps `stated_percent` as a 4-byte real (98.58 comes back as 98.58000183…); seven
 * significant digits is what that type holds, so rounding to them gives back what was written.
 */
function fromReal(v: number | null): number | null {
  return v === null ? null : Number(v.toPrecision(7));
}

export function toReport(r: ReportRow): Report {
  return {
    id: r.id,
    regency: r.regency_code,
    regencyName: r.regency_name,
    date: r.date,
    source: r.source,
    recordedToday: r.recorded_today,
    cumulativeRecorded: r.cumulative_recorded,
    mustHoldId: r.must_hold_id,
    printReadyWaiting: r.print_ready_waiting,
    printed: r.printed,
    blankoStock: r.blanko_stock,
    suketIssued: r.suket_issued,
    statedPercent: fromReal(r.stated_percent),
    statedRemaining: r.stated_remaining,
    statedRemainingPercent: fromReal(r.stated_remaining_percent),
    notes: r.notes,
    computed: {
      percentRecorded: r.must_hold_id > 0 ? r.cumulative_recorded / r.must_hold_id : null,
      remaining: r.must_hold_id - r.cumulative_recorded,
    },
    // Stored as codes and parameters; rendered here in both languages (the reader picks).
    flags: storedReportFlags(r.flags).map(showReportFlag),
    status: r.status,
    submittedBy: r.submitted_by,
    submittedByName: r.submitted_by_name,
    submittedAt: r.submitted_at,
    reviewedBy: r.reviewed_by,
    reviewedByName: r.reviewed_by_name,
    reviewedAt: r.reviewed_at,
    reviewComment: r.review_comment,
  };
}
