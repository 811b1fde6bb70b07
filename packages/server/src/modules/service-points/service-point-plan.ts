import type { ServicePointPlan } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { toPlan, toServicePoint } from './service-point.presenter';
import { findPointRow, listClosureRows, listPointRows, listSessionRows } from './service-points.repository';

/** What another module (bookings, the queue) needs of a point: its fields and the plan of a date range. */
export interface PointWithPlan {
  point: ReturnType<typeof toServicePoint>;
  plan: ServicePointPlan;
}

/** A point and its capacity plan between two dates (inclusive), without an access check: callers decide. */
export async function loadPointPlan(
  db: Kysely<Database>,
  id: number,
  from: string,
  to: string,
): Promise<PointWithPlan | undefined> {
  const row = await findPointRow(db, id);
  if (!row) return undefined;
  const plan = toPlan(row, await listClosureRows(db, id, from, to), await listSessionRows(db, id, from, to));
  return { point: toServicePoint(row), plan };
}

/** Active points inside a region ('ID': all), as the API shows them. */
export async function listActivePoints(db: Kysely<Database>, region: string) {
  return (await listPointRows(db, region)).map(toServicePoint).filter((p) => p.active);
}
