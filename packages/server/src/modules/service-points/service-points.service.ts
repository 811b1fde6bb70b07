import type { CapacityReply, ServicePoint, ServicePointDetail } from '@sigap/contracts';
import { addDays, compareIsoDates, daySlots, officeToday, totalCapacity } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { toDetail, toPlan, toServicePoint } from './service-point.presenter';
import { servicePointErrors } from './service-points.errors';
import {
  findPointRow,
  listClosureRows,
  listPointRows,
  listSessionRows,
  type ServicePointRow,
} from './service-points.repository';

/** The longest capacity view: a month of day-by-day slots. */
export const MAX_CAPACITY_DAYS = 31;

/** Points in the region asked for (default: the user's scope), which must lie inside the scope. */
export async function listServicePoints(
  handle: Db,
  ctx: RequestContext,
  region: string | undefined,
): Promise<ServicePoint[]> {
  const where = region ?? ctx.user.regionCode;
  authorize(ctx.user, 'service_point.read', where);
  return (await listPointRows(handle.db, where)).map(toServicePoint);
}

/** A point by id whose region the user may act on; another region's point is refused as out of scope. */
export async function loadPointInScope(
  handle: Db,
  ctx: RequestContext,
  id: number,
  action: 'service_point.read' | 'service_point.manage',
): Promise<ServicePointRow> {
  authorize(ctx.user, action);
  const row = await findPointRow(handle.db, id);
  if (!row) throw servicePointErrors.notFound(id);
  authorize(ctx.user, action, row.region_code);
  return row;
}

/** A point with its closures and sessions from the point's today on. */
export async function servicePointDetail(handle: Db, row: ServicePointRow): Promise<ServicePointDetail> {
  const today = officeToday(row.region_code);
  const closures = await listClosureRows(handle.db, row.id, today);
  const sessions = await listSessionRows(handle.db, row.id, today);
  return toDetail(row, closures, sessions);
}

export async function getServicePoint(
  handle: Db,
  ctx: RequestContext,
  id: number,
): Promise<ServicePointDetail> {
  return servicePointDetail(handle, await loadPointInScope(handle, ctx, id, 'service_point.read'));
}

/** Day-by-day slots and totals between two dates (inclusive, at most 31 days). */
export async function servicePointCapacity(
  handle: Db,
  ctx: RequestContext,
  id: number,
  q: { from: string; to: string; slotMinutes: number },
): Promise<CapacityReply> {
  const row = await loadPointInScope(handle, ctx, id, 'service_point.read');
  if (
    compareIsoDates(q.from, q.to) > 0 ||
    compareIsoDates(addDays(q.from, MAX_CAPACITY_DAYS - 1), q.to) < 0
  ) {
    throw servicePointErrors.badRange();
  }
  const closures = await listClosureRows(handle.db, row.id, q.from, q.to);
  const plan = toPlan(row, closures, await listSessionRows(handle.db, row.id, q.from, q.to));
  const days: CapacityReply['days'] = [];
  // An inactive point offers nothing; it keeps its rows for history.
  const active = Number(row.active) === 1;
  for (let d = q.from; compareIsoDates(d, q.to) <= 0; d = addDays(d, 1)) {
    const slots = active ? daySlots(plan, d, q.slotMinutes) : [];
    const closed = closures.find((c) => c.date === d)?.reason ?? null;
    days.push({ date: d, closed, slots, total: totalCapacity(slots) });
  }
  return {
    servicePointId: row.id,
    slotMinutes: q.slotMinutes,
    days,
    total: totalCapacity(days.flatMap((d) => d.slots)),
  };
}
