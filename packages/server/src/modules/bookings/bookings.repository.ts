import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import { type Param, preparedQuery } from '../../db/prepared-query';
import type { BookingBatchesTable, BookingStatus, BookingsTable, Database } from '../../db/schema';
import { withinRegion } from '../../db/scope-filter';
import type { FieldListRow } from '../field-lists';

export type BookingRow = Selectable<BookingsTable>;
/** Booked and not yet finished: the states that hold a seat and count for "one active per NIK". */
export const ACTIVE: BookingStatus[] = ['held', 'confirmed'];

export function findBookingByCode(db: Kysely<Database>, code: string): Promise<BookingRow | undefined> {
  return db.selectFrom('bookings').selectAll().where('code', '=', code).executeTakeFirst();
}

export function findBookingById(db: Kysely<Database>, id: number): Promise<BookingRow | undefined> {
  return db.selectFrom('bookings').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The statuses are written into the SQL, not bound: only then can SQLite's planner match the partial index
 * `bookings_one_active` (… where status in ('held', 'confirmed')); with bound values it scanned every booking.
 */
export async function findActiveBooking(
  db: Kysely<Database>,
  nik: string,
  service: BookingRow['service'],
): Promise<BookingRow | undefined> {
  return (await db.executeQuery(activeBookingStatement(db, { nik, service }))).rows[0];
}

/** Read on every confirmation, so built and compiled once (see `preparedQuery`); the statuses stay literal. */
const activeBookingStatement = preparedQuery(
  (db, param: Param<{ nik: string; service: BookingRow['service'] }>) =>
    db
      .selectFrom('bookings')
      .selectAll()
      .where('nik', '=', param('nik'))
      .where('service', '=', param('service'))
      .where(sql<boolean>`status in (${sql.join(ACTIVE.map((s) => sql.lit(s)))})`),
);

/** Changes a booking only while it is in one of `from`: false when another request changed it first. */
export async function updateBookingFrom(
  db: Kysely<Database>,
  id: number,
  from: BookingStatus[],
  patch: Updateable<BookingsTable>,
): Promise<boolean> {
  const r = await db
    .updateTable('bookings')
    .set(patch)
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** How many times a booking was moved after being missed (the rule allows once). */
export async function countMissedReschedules(db: Kysely<Database>, bookingId: number): Promise<number> {
  const rows = await db
    .selectFrom('booking_events')
    .select('details')
    .where('booking_id', '=', bookingId)
    .where('event', '=', 'rescheduled')
    .execute();
  return rows.filter((r) => r.details?.includes('"missed":true')).length;
}

/** A point's bookings of a date, in slot and queue order (the office's day plan). */
export function listBookingsOfDay(
  db: Kysely<Database>,
  pointId: number,
  date: string,
): Promise<BookingRow[]> {
  return db
    .selectFrom('bookings')
    .selectAll()
    .where('service_point_id', '=', pointId)
    .where('date', '=', date)
    .orderBy('slot_start')
    .orderBy('queue_number')
    .orderBy('id')
    .execute();
}

/** Confirmed bookings with a phone between two dates that have had no reminder yet. */
export function bookingsToRemind(db: Kysely<Database>, from: string, to: string): Promise<BookingRow[]> {
  return db
    .selectFrom('bookings')
    .selectAll()
    .where('status', '=', 'confirmed')
    .where('reminded_at', 'is', null)
    .where('phone', 'is not', null)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('id')
    .limit(500)
    .execute();
}

export async function insertBatch(
  db: Kysely<Database>,
  row: Insertable<BookingBatchesTable>,
): Promise<number> {
  const r = await db.insertInto('booking_batches').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateBatchCounts(db: Kysely<Database>, id: number, assigned: number, skipped: number) {
  await db.updateTable('booking_batches').set({ assigned, skipped }).where('id', '=', id).execute();
}

export function findBatch(db: Kysely<Database>, id: number) {
  return db.selectFrom('booking_batches').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listBookingsOfBatch(db: Kysely<Database>, batchId: number): Promise<BookingRow[]> {
  return db
    .selectFrom('bookings')
    .selectAll()
    .where('batch_id', '=', batchId)
    .orderBy('date')
    .orderBy('slot_start')
    .orderBy('queue_number')
    .execute();
}

/** Demo bookings already seeded (their names end with "(demo)"). */
export async function demoBookingsExist(db: Kysely<Database>): Promise<boolean> {
  const r = await db
    .selectFrom('bookings')
    .select('id')
    .where('full_name', 'like', '%(demo)')
    .executeTakeFirst();
  return r !== undefined;
}

/** Whether a write failed on a unique index (one active booking per NIK and service, a code taken). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Marks a booking reminded, once: false when another run reminded it or it is no longer confirmed. */
export async function markReminded(db: Kysely<Database>, id: number, at: string): Promise<boolean> {
  const r = await db
    .updateTable('bookings')
    .set({ reminded_at: at })
    .where('id', '=', id)
    .where('status', '=', 'confirmed')
    .where('reminded_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Residents by id for an invitation batch, in the given order, limited to those living inside `scope` (the
 * point's region), in the shape the field lists give (with the village name for the letter).
 */
export async function residentsForInvitation(
  db: Kysely<Database>,
  ids: readonly number[],
  scope: string,
  limit: number,
): Promise<FieldListRow[]> {
  const out: FieldListRow[] = [];
  for (let i = 0; i < ids.length && out.length < limit; i += 500) {
    const rows = await db
      .selectFrom('residents as r')
      .leftJoin('regions as v', 'v.code', 'r.village_code')
      .selectAll('r')
      .select('v.name as village_name')
      .where('r.id', 'in', ids.slice(i, i + 500))
      .where(withinRegion('r.village_code', scope))
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of ids.slice(i, i + 500)) {
      const r = byId.get(id);
      if (r && out.length < limit) out.push(r);
    }
  }
  return out;
}
