import type { TrendQuery, TrendResponse } from '@sigap/contracts';
import { addDays, daysBetween, officeToday } from '@sigap/domain';
import type { RequestContext } from '../../context';
import { type Db, forReading } from '../../db/connect';
import { authorize } from '../access';
import { figuresFor } from '../counters';
import { getRegion } from '../regions';
import { percent, snapshotsBetween } from '../snapshots';
import { coverageErrors } from './coverage.errors';

/** Longest trend one request may ask for: a year and a day covers any election cycle's run-up. */
const MAX_TREND_DAYS = 366;
const DEFAULT_TREND_DAYS = 60;

/**
 * The region's stored daily figures between two dates (default: the 60 days up to today), oldest first;
 * today, when inside the range, is the live reading (trigger `live`).
 */
export async function trendFor(
  handle: Db,
  ctx: RequestContext,
  q: TrendQuery,
  now = new Date(),
): Promise<TrendResponse> {
  authorize(ctx.user, 'coverage.read', q.region);
  handle = forReading(handle); // dashboard reads go to the replica when there is one
  await getRegion(handle.db, q.region);
  const to = q.to ?? officeToday(q.region, now);
  const from = q.from ?? addDays(to, -(DEFAULT_TREND_DAYS - 1));
  if (daysBetween(from, to) >= MAX_TREND_DAYS) {
    throw coverageErrors.trendTooLong(MAX_TREND_DAYS);
  }
  const today = officeToday(q.region, now);
  const rows = await snapshotsBetween(handle.db, [q.region], from, to);
  const items: TrendResponse['items'] = rows
    .filter((r) => r.date !== today)
    .map((r) => ({
      date: r.date,
      mustHoldId: r.must_hold_id,
      recorded: r.recorded,
      printed: r.printed,
      handedOver: r.handed_over,
      printReadyWaiting: r.print_ready_waiting,
      percentRecorded: percent(r.recorded, r.must_hold_id),
      trigger: r.trigger,
    }));
  // Today has not closed: its point is the live counters, the same reading as the dashboard's tiles, so the
  // line ends on the number printed beside it (a snapshot taken earlier today would already be stale).
  if (from <= today && today <= to) {
    const f = await figuresFor(handle.db, q.region, today);
    items.push({
      date: today,
      mustHoldId: f.mustHoldId,
      recorded: f.recorded,
      printed: f.printed,
      handedOver: f.handedOver,
      printReadyWaiting: f.printReadyWaiting,
      percentRecorded: percent(f.recorded, f.mustHoldId),
      trigger: 'live',
    });
  }
  return { region: q.region, from, to, items };
}
