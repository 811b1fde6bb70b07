import type { ChildForecast, Reason, WatchItem, WatchlistQuery, WatchlistResponse } from '@sigap/contracts';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { childForecasts, forecastContext } from '../forecast';
import { collectSignals } from './watch-signals';

/**
 * The forecast reasons that put a region on the watch list. A region merely without enough history is
 * not flagged for it: the desk cannot act on "we don't know yet", but it can on a missing report.
 */
const WATCHED = new Set(['projected_after_voting_day', 'voting_day_passed', 'stalled', 'pace_falling']);

function forecastReasons(child: ChildForecast): Reason[] {
  const f = child.forecast;
  const reasons = f.reasons.filter((r) => WATCHED.has(r.code));
  // Without a deadline an unbounded projection is still worth watching; with one, the deadline reason says it.
  if (f.status === 'off_track' && !reasons.some((r) => r.code !== 'pace_falling')) {
    reasons.unshift(...f.reasons.filter((r) => r.code === 'beyond_horizon'));
  }
  return reasons;
}

/**
 * Desk Pilkada: the child regions that need attention, each with every reason (the forecast's and the
 * registered signals': a missing daily report, later logistics), the largest gap first.
 */
export async function watchlistFor(
  handle: Db,
  ctx: RequestContext,
  q: WatchlistQuery,
  now = new Date(),
): Promise<WatchlistResponse> {
  authorize(ctx.user, 'coverage.read', q.region);
  const c = await forecastContext(handle, q, now, ctx.user.regionCode);
  const children = await childForecasts(handle, c);
  const signals = await collectSignals(handle, {
    parent: q.region,
    children: children.map((ch) => ({ code: ch.code, level: ch.level })),
    now,
  });
  const items: WatchItem[] = [];
  for (const child of children) {
    const reasons = [...forecastReasons(child), ...(signals.get(child.code) ?? [])];
    if (reasons.length === 0) continue;
    items.push({
      code: child.code,
      name: child.name,
      level: child.level,
      gap: Math.max(0, child.mustHoldId - child.recorded),
      percentRecorded: child.percentRecorded,
      paceLast7: child.forecast.paceLast7,
      requiredDailyRate: child.forecast.requiredDailyRate,
      projectedDate: child.forecast.projectedDate,
      status: child.forecast.status,
      reasons,
    });
  }
  items.sort((a, b) => b.gap - a.gap || a.code.localeCompare(b.code));
  return { region: q.region, referenceDate: c.referenceDate, deadline: c.deadline, items };
}
