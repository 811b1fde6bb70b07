import type { Prefill, Report, SubmitReportBody } from '@sigap/contracts';
import {
  addDays,
  type PriorReport,
  plausibilityFlags,
  regionLevel,
  validateDailyReport,
} from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { figuresFor } from '../counters';
import { blankoOnHand } from '../prints';
import { getRegion } from '../regions';
import { regencyFacts } from './report-facts';
import { toReport } from './report-presenter';
import { regionClock } from './report-time';
import { submitReportCommand } from './reports.commands';
import { reportErrors } from './reports.errors';
import {
  findReportFor,
  findSnapshotRecorded,
  type NewReportRow,
  recentReportsBefore,
} from './reports.repository';
import { getReportRow } from './reports.service';

/** Earlier reports the checks look at: the outlier window plus the day before it (for differences). */
const CONTEXT_REPORTS = 16;

/** A regency's figures on a day from Sigap's counters, so that its operator only has to confirm them. */
export async function prefillReport(
  handle: Db,
  ctx: RequestContext,
  q: { regency: string; date: string },
): Promise<Prefill> {
  authorize(ctx.user, 'report.submit', q.regency);
  const region = await getRegion(handle.db, q.regency);
  const f = await figuresFor(handle.db, q.regency, q.date);
  const dayBefore = addDays(q.date, -1);
  // The day before's report first: "recorded today" must agree with what the province already has.
  const prevReport = await findReportFor(handle.db, q.regency, dayBefore);
  const snapshot = prevReport ? undefined : await findSnapshotRecorded(handle.db, q.regency, dayBefore);
  const previous = prevReport
    ? { date: dayBefore, cumulativeRecorded: prevReport.cumulative_recorded, from: 'report' as const }
    : snapshot !== undefined
      ? { date: dayBefore, cumulativeRecorded: snapshot, from: 'snapshot' as const }
      : null;
  const existing = await findReportFor(handle.db, q.regency, q.date);
  return {
    facts: await regencyFacts(handle, q.regency, q.date),
    regency: q.regency,
    regencyName: region.name,
    date: q.date,
    source: 'sigap',
    recordedToday: previous ? f.recorded - previous.cumulativeRecorded : null,
    cumulativeRecorded: f.recorded,
    mustHoldId: f.mustHoldId,
    printReadyWaiting: f.printReadyWaiting,
    printed: f.printed,
    blankoStock: await blankoOnHand(handle, q.regency),
    previous,
    existing: existing ? toReport(existing) : null,
  };
}

async function flagsFor(handle: Db, b: SubmitReportBody) {
  const rows = await recentReportsBefore(handle.db, b.regency, b.date, CONTEXT_REPORTS);
  const history: PriorReport[] = rows.map((r) => ({
    date: r.date,
    cumulativeRecorded: r.cumulative_recorded,
    printed: r.printed,
    recordedToday: r.recorded_today,
  }));
  const flags = validateDailyReport(b, history);
  // Figures Sigap pre-filled are its own; only typed ones are checked against what Sigap knows.
  if (b.source !== 'manual') return flags;
  const plausibility = plausibilityFlags(b, await regencyFacts(handle, b.regency, b.date));
  return [...flags, ...plausibility].sort((x, y) =>
    x.severity === y.severity ? 0 : x.severity === 'error' ? -1 : 1,
  );
}

/**
 * A regency sends (or re-sends) its report for a day. Inconsistent figures are stored with their flags,
 * not refused: the province must see what was reported. A report already approved cannot be replaced.
 */
export async function submitReport(handle: Db, ctx: RequestContext, b: SubmitReportBody): Promise<Report> {
  authorize(ctx.user, 'report.submit', b.regency);
  if (regionLevel(ctx.user.regionCode) !== 'regency') throw reportErrors.regencyScopeRequired();
  await getRegion(handle.db, b.regency);
  const { today } = regionClock(b.regency);
  if (b.date > today) throw reportErrors.dateInFuture(b.date, today);
  const flags = await flagsFor(handle, b);
  const values: Omit<NewReportRow, 'regency_code' | 'date'> = {
    source: b.source,
    recorded_today: b.recordedToday ?? null,
    cumulative_recorded: b.cumulativeRecorded,
    must_hold_id: b.mustHoldId,
    print_ready_waiting: b.printReadyWaiting ?? null,
    printed: b.printed ?? null,
    blanko_stock: b.blankoStock ?? null,
    suket_issued: b.suketIssued ?? null,
    stated_percent: b.statedPercent ?? null,
    stated_remaining: b.statedRemaining ?? null,
    stated_remaining_percent: b.statedRemainingPercent ?? null,
    notes: b.notes || null,
    flags: JSON.stringify(flags),
    status: 'submitted',
    submitted_by: ctx.user.id,
    submitted_at: new Date().toISOString(),
    // A new submission is unreviewed; the earlier review stays in the audit log.
    reviewed_by: null,
    reviewed_at: null,
    review_comment: null,
  };
  const id = await submitReportCommand(handle, {
    body: b,
    values,
    flagCodes: flags.map((f) => f.code),
    actor: ctx.user,
    ip: ctx.ip,
  });
  return toReport(await getReportRow(handle, id));
}
