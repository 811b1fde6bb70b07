import { ZONE_OFFSET_MINUTES, zoneOfRegion } from './timezones';

/**
 * Who a counter calls next (issue 12, "counter screen"). Pure: the server reads the day's waiting tickets
 * and the lanes it called lately, this file decides.
 *
 * The order, decided here and documented in docs/architecture.md:
 * 1. a ticket handed to this counter by a transfer goes first (the resident has been served already);
 * 2. then two lanes alternate by a ratio (default 2 priority : 1 normal, Novo SGA's users ask for exactly
 *    this): the **priority** lane (elderly, disabled, pregnant, sick, in issue order) and the **normal**
 *    lane, where booked tickets whose window has come go first in slot order and walk-ins follow in issue
 *    order. A lane keeps the turn until it has had its share of consecutive calls, then hands it over, so
 *    while both lanes wait neither gets more than its share in a row: neither starves;
 * 3. a booked ticket whose window has not come waits (the resident chose that time), unless nothing else
 *    waits: an idle counter serves an early arrival rather than nobody.
 */
export type QueueLane = 'booked' | 'priority' | 'walk_in';
/** The two lanes of the ratio: booked and walk-in tickets share the normal one. */
export type RatioLane = 'priority' | 'normal';

export interface PriorityRatio {
  priority: number;
  normal: number;
}

export const DEFAULT_PRIORITY_RATIO: PriorityRatio = { priority: 2, normal: 1 };

export interface WaitingTicket {
  id: number;
  lane: QueueLane;
  /** Booked lane: the slot's window, `HH:MM`. */
  windowStart: string | null;
  /** When it (last) joined the line: issue, or a re-queue after a no-show (ISO instant). */
  queuedAt: string;
  number: number;
  /** A counter the ticket was transferred to; null: any counter. */
  counterNo: number | null;
  service: string;
}

export interface CallContext {
  /** The point's wall clock, `HH:MM`. */
  nowTime: string;
  /** Ratio lanes of the latest calls at the point today, most recent first. */
  recent: readonly RatioLane[];
  ratio: PriorityRatio;
  counterNo: number;
  /** Only tickets of this service (a counter that serves one service); undefined: any. */
  service?: string | undefined;
}

/** The ratio lane a ticket counts in. */
export function ratioLaneOf(lane: QueueLane): RatioLane {
  return lane === 'priority' ? 'priority' : 'normal';
}

function byQueued(a: WaitingTicket, b: WaitingTicket): number {
  return a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : a.number - b.number;
}

function normalOrder(a: WaitingTicket, b: WaitingTicket): number {
  const rank = (t: WaitingTicket) => (t.lane === 'booked' ? 0 : 1);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.lane === 'booked' && a.windowStart !== b.windowStart) {
    return (a.windowStart ?? '') < (b.windowStart ?? '') ? -1 : 1;
  }
  return byQueued(a, b);
}

/** Which ratio lane has the turn, given the lanes called lately and which lanes have tickets. */
export function laneWithTurn(
  recent: readonly RatioLane[],
  ratio: PriorityRatio,
  has: Record<RatioLane, boolean>,
): RatioLane | undefined {
  if (!has.priority) return has.normal ? 'normal' : undefined;
  if (!has.normal) return 'priority';
  const last = recent[0];
  if (last === undefined) return 'priority';
  let streak = 0;
  while (recent[streak] === last) streak += 1;
  const other: RatioLane = last === 'priority' ? 'normal' : 'priority';
  return streak < Math.max(1, ratio[last]) ? last : other;
}

/** The ticket this counter should call now, or undefined when nothing waits for it. */
export function nextTicket(waiting: readonly WaitingTicket[], ctx: CallContext): WaitingTicket | undefined {
  const mine = waiting.filter(
    (t) =>
      (t.counterNo === null || t.counterNo === ctx.counterNo) &&
      (ctx.service === undefined || t.service === ctx.service),
  );
  const transferred = mine.filter((t) => t.counterNo === ctx.counterNo).sort(byQueued);
  if (transferred[0]) return transferred[0];
  const due = mine.filter((t) => t.lane !== 'booked' || (t.windowStart ?? '') <= ctx.nowTime);
  const priority = due.filter((t) => t.lane === 'priority').sort(byQueued);
  const normal = due.filter((t) => t.lane !== 'priority').sort(normalOrder);
  const turn = laneWithTurn(ctx.recent, ctx.ratio, {
    priority: priority.length > 0,
    normal: normal.length > 0,
  });
  if (turn === 'priority') return priority[0];
  if (turn === 'normal') return normal[0];
  // Only early bookings wait: serve the earliest rather than leave the counter idle.
  return mine.filter((t) => t.lane === 'booked').sort(normalOrder)[0];
}

/** The wall-clock time `HH:MM` at `instant` in the region's province. */
export function officeTime(regionCode: string, instant: Date = new Date()): string {
  const zone = zoneOfRegion(regionCode);
  const shifted = new Date(instant.getTime() + ZONE_OFFSET_MINUTES[zone] * 60_000);
  return shifted.toISOString().slice(11, 16);
}

/**
 * The order in which this counter would call the waiting tickets, up to `limit`: the next ticket, then
 * the next once that one has been called, and so on. Counters calling at the same instant take the first
 * of these that no other counter has claimed, so simultaneous calls follow the same order.
 *
 * The same as asking `nextTicket` again after each call (a property test holds them equal), with each
 * lane sorted once: call-next computes it on every call of twenty counters calling at once.
 */
export function callOrder(
  waiting: readonly WaitingTicket[],
  ctx: CallContext,
  limit: number,
): WaitingTicket[] {
  const mine = waiting.filter(
    (t) =>
      (t.counterNo === null || t.counterNo === ctx.counterNo) &&
      (ctx.service === undefined || t.service === ctx.service),
  );
  const isDue = (t: WaitingTicket) => t.lane !== 'booked' || (t.windowStart ?? '') <= ctx.nowTime;
  const free = mine.filter((t) => t.counterNo !== ctx.counterNo);
  // Transferred first, however their lanes stand; then the two lanes by the ratio; early bookings last.
  const transferred = mine.filter((t) => t.counterNo === ctx.counterNo).sort(byQueued);
  const priority = free.filter((t) => isDue(t) && t.lane === 'priority').sort(byQueued);
  const normal = free.filter((t) => isDue(t) && t.lane !== 'priority').sort(normalOrder);
  const early = free.filter((t) => !isDue(t)).sort(normalOrder);
  const recent = [...ctx.recent];
  const order: WaitingTicket[] = [];
  const take = (t: WaitingTicket) => {
    order.push(t);
    recent.unshift(ratioLaneOf(t.lane));
  };
  for (const t of transferred) if (order.length < limit) take(t);
  let p = 0;
  let n = 0;
  while (order.length < limit) {
    const has = { priority: p < priority.length, normal: n < normal.length };
    const turn = laneWithTurn(recent, ctx.ratio, has);
    const next = turn === 'priority' ? priority[p++] : turn === 'normal' ? normal[n++] : undefined;
    if (!next) break;
    take(next);
  }
  for (const t of early) if (order.length < limit) take(t);
  return order;
}
