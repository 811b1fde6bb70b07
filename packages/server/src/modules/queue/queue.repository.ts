import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import { type Param, preparedQuery } from '../../db/prepared-query';
import type {
  Database,
  QueueRulesTable,
  QueueTicketEventsTable,
  QueueTicketsTable,
  TicketStatus,
} from '../../db/schema';

export type TicketRow = Selectable<QueueTicketsTable>;
export type RulesRow = Selectable<QueueRulesTable>;

/** The point a queue belongs to (a read of the service points' table). */
export async function findPoint(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('service_points')
    .select(['id', 'region_code', 'name', 'counters', 'services', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
}
export type PointRow = NonNullable<Awaited<ReturnType<typeof findPoint>>>;

/** The demo service points (their names end in "(demo)"), for the demo queue. */
export async function findDemoPoints(db: Kysely<Database>): Promise<PointRow[]> {
  return db
    .selectFrom('service_points')
    .select(['id', 'region_code', 'name', 'counters', 'services', 'active'])
    .where('name', 'like', '%(demo)')
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
}

export async function findRules(db: Kysely<Database>, pointId: number): Promise<RulesRow | undefined> {
  return db.selectFrom('queue_rules').selectAll().where('service_point_id', '=', pointId).executeTakeFirst();
}

export async function upsertRules(db: Kysely<Database>, row: Insertable<QueueRulesTable>): Promise<void> {
  await db
    .insertInto('queue_rules')
    .values(row)
    .onConflict((oc) =>
      oc.column('service_point_id').doUpdateSet({
        walk_in_daily_cap: row.walk_in_daily_cap,
        ratio_priority: row.ratio_priority,
        ratio_normal: row.ratio_normal,
        no_show_grace_minutes: row.no_show_grace_minutes,
        updated_by: row.updated_by ?? null,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/**
 * The next number of a sequence (point, day, prefix), as one guarded statement both engines serialise on
 * the row; with `cap`, nothing (null) once the sequence has reached it, so two entrances cannot both issue
 * the last walk-in ticket of the day.
 */
export async function bumpSequence(
  db: Kysely<Database>,
  key: { pointId: number; date: string; prefix: string },
  cap?: number,
): Promise<number | null> {
  await db
    .insertInto('queue_sequences')
    .values({ service_point_id: key.pointId, date: key.date, prefix: key.prefix, last_number: 0 })
    .onConflict((oc) => oc.columns(['service_point_id', 'date', 'prefix']).doNothing())
    .execute();
  let q = db
    .updateTable('queue_sequences')
    .set({ last_number: sql`last_number + 1` })
    .where('service_point_id', '=', key.pointId)
    .where('date', '=', key.date)
    .where('prefix', '=', key.prefix);
  if (cap !== undefined) q = q.where('last_number', '<', cap);
  const row = await q.returning('last_number').executeTakeFirst();
  return row ? Number(row.last_number) : null;
}

export async function sequenceValue(
  db: Kysely<Database>,
  key: { pointId: number; date: string; prefix: string },
): Promise<number> {
  const row = await db
    .selectFrom('queue_sequences')
    .select('last_number')
    .where('service_point_id', '=', key.pointId)
    .where('date', '=', key.date)
    .where('prefix', '=', key.prefix)
    .executeTakeFirst();
  return row ? Number(row.last_number) : 0;
}

export async function insertTicket(
  db: Kysely<Database>,
  row: Insertable<QueueTicketsTable>,
): Promise<number> {
  const r = await db.insertInto('queue_tickets').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function findTicket(db: Kysely<Database>, id: number): Promise<TicketRow | undefined> {
  return db.selectFrom('queue_tickets').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Moves a ticket only from the statuses given: the statement both engines serialise on the row, so of two
 * counters calling the same ticket one changes it and the other matches nothing (false).
 */
export async function updateTicketFrom(
  db: Kysely<Database>,
  id: number,
  from: readonly TicketStatus[],
  patch: Updateable<QueueTicketsTable>,
): Promise<boolean> {
  const r = await db
    .updateTable('queue_tickets')
    .set(patch)
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** An event of a ticket, every column given (the statement is compiled once for all of them). */
type TicketEvent = Required<Omit<Insertable<QueueTicketEventsTable>, 'id'>>;

/** Written by every move of a ticket (call-next's hot path), so built and compiled once: see `preparedQuery`. */
const ticketEventStatement = preparedQuery((db, param: Param<TicketEvent & Record<string, unknown>>) =>
  db.insertInto('queue_ticket_events').values({
    ticket_id: param('ticket_id'),
    event: param('event'),
    counter_no: param('counter_no'),
    actor_id: param('actor_id'),
    details: param('details'),
    at: param('at'),
  }),
);

export async function insertTicketEvent(db: Kysely<Database>, row: TicketEvent): Promise<void> {
  await db.executeQuery(ticketEventStatement(db, row));
}

/** A point's tickets of a day, in issue order (optionally of some statuses only). */
export async function listDayTickets(
  db: Kysely<Database>,
  pointId: number,
  date: string,
  statuses?: readonly TicketStatus[],
): Promise<TicketRow[]> {
  let q = db
    .selectFrom('queue_tickets')
    .selectAll()
    .where('service_point_id', '=', pointId)
    .where('date', '=', date);
  if (statuses) q = q.where('status', 'in', statuses);
  return q.orderBy('issued_at').orderBy('id').execute();
}

/** The resident a counter outcome concerns (a read of the registry; writes go through its write path). */
export async function findResidentByNik(db: Kysely<Database>, nik: string) {
  return db
    .selectFrom('residents')
    .select(['id', 'nik', 'village_code', 'recording_status', 'print_status', 'ikd_activated_date'])
    .where('nik', '=', nik)
    .executeTakeFirst();
}

export async function insertIkdActivation(
  db: Kysely<Database>,
  row: Insertable<Database['ikd_activations']>,
): Promise<boolean> {
  const r = await db
    .insertInto('ikd_activations')
    .values(row)
    .onConflict((oc) => oc.column('resident_id').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}
