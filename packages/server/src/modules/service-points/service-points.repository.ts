import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { type Param, preparedQuery } from '../../db/prepared-query';
import type {
  Database,
  ServiceClosuresTable,
  ServicePointsTable,
  ServiceSessionsTable,
} from '../../db/schema';

export type ServicePointRow = Selectable<ServicePointsTable>;
export type ServiceClosureRow = Selectable<ServiceClosuresTable>;
export type ServiceSessionRow = Selectable<ServiceSessionsTable>;

/** Points inside a region (the region itself or below it; 'ID' is everything), by region then name. */
export async function listPointRows(db: Kysely<Database>, region: string): Promise<ServicePointRow[]> {
  let q = db.selectFrom('service_points').selectAll();
  if (region !== 'ID') {
    q = q.where((eb) => eb.or([eb('region_code', '=', region), eb('region_code', 'like', `${region}.%`)]));
  }
  return q.orderBy('region_code').orderBy('name').orderBy('id').execute();
}

/*
 * A point and its plan of a date range are read on every booking hold (the seat must still be offered), so
 * these three reads are built and compiled once: see `preparedQuery`.
 */
const pointStatement = preparedQuery((db, param: Param<{ id: number }>) =>
  db.selectFrom('service_points').selectAll().where('id', '=', param('id')),
);

export async function findPointRow(db: Kysely<Database>, id: number): Promise<ServicePointRow | undefined> {
  return (await db.executeQuery(pointStatement(db, { id }))).rows[0];
}

interface DateRange extends Record<string, unknown> {
  pointId: number;
  from: string;
  to: string | undefined;
}
const rangeShape = (q: DateRange) => (q.to === undefined ? 'open' : 'closed');

export async function pointNameExists(db: Kysely<Database>, region: string, name: string): Promise<boolean> {
  const row = await db
    .selectFrom('service_points')
    .select('id')
    .where('region_code', '=', region)
    .where('name', '=', name)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertPointRow(
  db: Kysely<Database>,
  row: Insertable<ServicePointsTable>,
): Promise<number> {
  const r = await db.insertInto('service_points').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updatePointRow(
  db: Kysely<Database>,
  id: number,
  patch: Updateable<ServicePointsTable>,
): Promise<void> {
  await db.updateTable('service_points').set(patch).where('id', '=', id).execute();
}

/** Closures of a point between two dates (inclusive; `to` open when undefined), by date. */
export async function listClosureRows(
  db: Kysely<Database>,
  pointId: number,
  from: string,
  to?: string,
): Promise<ServiceClosureRow[]> {
  return (await db.executeQuery(closuresStatement(db, { pointId, from, to }))).rows;
}

const closuresStatement = preparedQuery((db, param: Param<DateRange>, r) => {
  const q = db
    .selectFrom('service_closures')
    .selectAll()
    .where('service_point_id', '=', param('pointId'))
    .where('date', '>=', param('from'));
  return (r.to === undefined ? q : q.where('date', '<=', param('to') as string)).orderBy('date');
}, rangeShape);

export async function closureExists(db: Kysely<Database>, pointId: number, date: string): Promise<boolean> {
  const row = await db
    .selectFrom('service_closures')
    .select('id')
    .where('service_point_id', '=', pointId)
    .where('date', '=', date)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertClosureRow(
  db: Kysely<Database>,
  row: Insertable<ServiceClosuresTable>,
): Promise<number> {
  const r = await db.insertInto('service_closures').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Sessions of a point between two dates (inclusive; `to` open when undefined), by date and start. */
export async function listSessionRows(
  db: Kysely<Database>,
  pointId: number,
  from: string,
  to?: string,
): Promise<ServiceSessionRow[]> {
  return (await db.executeQuery(sessionsStatement(db, { pointId, from, to }))).rows;
}

const sessionsStatement = preparedQuery((db, param: Param<DateRange>, r) => {
  const q = db
    .selectFrom('service_sessions')
    .selectAll()
    .where('service_point_id', '=', param('pointId'))
    .where('date', '>=', param('from'));
  return (r.to === undefined ? q : q.where('date', '<=', param('to') as string))
    .orderBy('date')
    .orderBy('start_time');
}, rangeShape);

export async function insertSessionRow(
  db: Kysely<Database>,
  row: Insertable<ServiceSessionsTable>,
): Promise<number> {
  const r = await db.insertInto('service_sessions').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/**
 * Start and end of recordings finished at the counters of a region since `since` (newest first, at most
 * `limit`): the measured service time behind the extra-session suggestion. Reads the queue's tickets.
 */
export async function recentRecordingTimes(
  db: Kysely<Database>,
  region: string,
  since: string,
  limit: number,
): Promise<{ started: string; finished: string }[]> {
  let q = db
    .selectFrom('queue_tickets')
    .select(['served_at', 'called_at', 'finished_at'])
    .where('service', '=', 'recording')
    .where('outcome', '=', 'recorded')
    .where('finished_at', '>=', since);
  if (region !== 'ID') {
    q = q.where((eb) => eb.or([eb('region_code', '=', region), eb('region_code', 'like', `${region}.%`)]));
  }
  const rows = await q.orderBy('finished_at', 'desc').limit(limit).execute();
  return rows.flatMap((r) => {
    const started = r.served_at ?? r.called_at;
    return started && r.finished_at ? [{ started: String(started), finished: String(r.finished_at) }] : [];
  });
}
