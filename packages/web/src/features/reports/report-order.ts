import type { RegencyReportRow } from '@sigap/contracts';

/**
 * How urgently a row of the province's table needs someone: a report waiting for review with an error
 * flag first, then other reports waiting for review, then regencies that have not reported (to chase),
 * then reports returned (the regency's move) and last the approved ones.
 */
export function actionRank(row: RegencyReportRow): number {
  const r = row.report;
  if (!r) return 2;
  if (r.status === 'submitted') return r.flags.some((f) => f.severity === 'error') ? 0 : 1;
  return r.status === 'returned' ? 3 : 4;
}

/** Whether the province has something to do on this row now (review it). */
export const needsReview = (row: RegencyReportRow) => actionRank(row) <= 1;

/** The rows, most urgent first; regency code order within a rank (a stable, familiar order). */
export function orderForReview(rows: readonly RegencyReportRow[]): RegencyReportRow[] {
  return [...rows].sort((a, b) => actionRank(a) - actionRank(b) || a.code.localeCompare(b.code));
}
