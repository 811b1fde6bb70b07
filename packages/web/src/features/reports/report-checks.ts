import type { Prefill, ReportFlag } from '@sigap/contracts';
import {
  type PriorReport,
  plausibilityFlags,
  type ReportFigures,
  showReportFlag,
  validateDailyReport,
} from '@sigap/domain';

/**
 * The flags the server will store for these figures, computed while the operator types (the same rules
 * from @sigap/domain): the checks against the report itself and the day before, and, for a typed report,
 * against what Sigap knows of the regency. The outlier check needs the server's history and is left to it.
 */
export function liveFlags(
  figures: Omit<ReportFigures, 'date'>,
  prefill: Pick<Prefill, 'date' | 'previous' | 'facts'>,
  source: 'sigap' | 'manual',
): ReportFlag[] {
  const f: ReportFigures = { ...figures, date: prefill.date };
  const history: PriorReport[] = prefill.previous
    ? [{ date: prefill.previous.date, cumulativeRecorded: prefill.previous.cumulativeRecorded }]
    : [];
  const own = validateDailyReport(f, history);
  const known = source === 'manual' ? plausibilityFlags(f, prefill.facts) : [];
  return [...own, ...known]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .map(showReportFlag);
}
