import type { QueueDay, QueueRules } from '@sigap/contracts';
import { type Action, officeToday } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { queueErrors } from './queue.errors';
import { toTicket } from './queue.presenter';
import { findPoint, findTicket, listDayTickets, type PointRow, type TicketRow } from './queue.repository';
import { findPointWithRules } from './queue-call.repository';
import { rulesFromJoin, rulesOf } from './queue-rules';

/** A service point whose region the user may act on with `action`; another region's is refused. */
export async function loadPointInScope(
  handle: Db,
  ctx: RequestContext,
  id: number,
  action: Action,
): Promise<PointRow> {
  authorize(ctx.user, action);
  const point = await findPoint(handle.db, id);
  if (!point) throw queueErrors.pointNotFound(id);
  authorize(ctx.user, action, point.region_code);
  return point;
}

/** The same with the point's queue rules, in one read (call-next's hot path). */
export async function loadPointWithRules(
  handle: Db,
  ctx: RequestContext,
  id: number,
  action: Action,
): Promise<{ point: PointRow; rules: QueueRules }> {
  authorize(ctx.user, action);
  const row = await findPointWithRules(handle.db, id);
  if (!row) throw queueErrors.pointNotFound(id);
  authorize(ctx.user, action, row.region_code);
  const { region_code, name, counters, services, active } = row;
  return { point: { id: row.id, region_code, name, counters, services, active }, rules: rulesFromJoin(row) };
}

/** A ticket and its point, when the user may act on the point's region with `action`. */
export async function loadTicketInScope(
  handle: Db,
  ctx: RequestContext,
  id: number,
  action: Action,
): Promise<{ ticket: TicketRow; point: PointRow }> {
  authorize(ctx.user, action);
  const ticket = await findTicket(handle.db, id);
  if (!ticket) throw queueErrors.ticketNotFound(id);
  authorize(ctx.user, action, ticket.region_code);
  const point = await findPoint(handle.db, Number(ticket.service_point_id));
  if (!point) throw queueErrors.pointNotFound(Number(ticket.service_point_id));
  return { ticket, point };
}

/** The point's day on its own clock. */
export function pointToday(point: PointRow, now: Date): string {
  return officeToday(point.region_code, now);
}

/** The day at a point: every ticket, the waiting count per lane, the walk-ins issued against the cap. */
export async function queueDay(
  handle: Db,
  ctx: RequestContext,
  pointId: number,
  date: string | undefined,
  now: Date,
): Promise<QueueDay> {
  const point = await loadPointInScope(handle, ctx, pointId, 'queue.read');
  const day = date ?? pointToday(point, now);
  const rows = await listDayTickets(handle.db, point.id, day);
  const waiting = { booked: 0, priority: 0, walk_in: 0 };
  for (const r of rows) if (r.status === 'waiting') waiting[r.lane] += 1;
  return {
    servicePointId: point.id,
    pointName: point.name,
    counters: Number(point.counters),
    date: day,
    rules: await rulesOf(handle.db, point.id),
    walkInsIssued: rows.filter((r) => r.lane !== 'booked').length,
    waiting,
    tickets: rows.map(toTicket),
  };
}
