import type { Insertable, Kysely, Selectable } from 'kysely';
import type { BookingHoldsTable, BookingSlotsTable, Database } from '../../db/schema';

/**
 * Seats and holds. Every change to `taken` is one guarded UPDATE: both engines serialise writers on the
 * row and re-check the guard, so no interleaving of servers can take more seats than the capacity or give
 * one back twice.
 */
export type SlotRow = Selectable<BookingSlotsTable>;
export type HoldRow = Selectable<BookingHoldsTable>;
type ServiceCode = BookingSlotsTable['service'];

/** Creates the seat rows of a point's slots that do not exist yet; existing rows keep their counts. */
export async function insertMissingSlots(db: Kysely<Database>, rows: Insertable<BookingSlotsTable>[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('booking_slots')
    .values(rows)
    .onConflict((oc) => oc.columns(['service_point_id', 'service', 'date', 'slot_start']).doNothing())
    .execute();
}

export function listSlotRows(
  db: Kysely<Database>,
  pointId: number,
  service: ServiceCode,
  from: string,
  to: string,
): Promise<SlotRow[]> {
  return db
    .selectFrom('booking_slots')
    .selectAll()
    .where('service_point_id', '=', pointId)
    .where('service', '=', service)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .orderBy('slot_start')
    .execute();
}

export function findSlotRow(
  db: Kysely<Database>,
  key: { pointId: number; service: ServiceCode; date: string; start: string },
): Promise<SlotRow | undefined> {
  return db
    .selectFrom('booking_slots')
    .selectAll()
    .where('service_point_id', '=', key.pointId)
    .where('service', '=', key.service)
    .where('date', '=', key.date)
    .where('slot_start', '=', key.start)
    .executeTakeFirst();
}

/** Takes one seat if one is free: false when the slot is full (the guard matched nothing). */
export async function takeSeat(db: Kysely<Database>, slotId: number): Promise<boolean> {
  const r = await db
    .updateTable('booking_slots')
    .set((eb) => ({ taken: eb('taken', '+', 1) }))
    .where('id', '=', slotId)
    .whereRef('taken', '<', 'capacity')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Gives `n` seats back (never below zero). */
export async function releaseSeats(db: Kysely<Database>, slotId: number, n = 1): Promise<void> {
  if (n <= 0) return;
  await db
    .updateTable('booking_slots')
    .set((eb) => ({ taken: eb('taken', '-', n) }))
    .where('id', '=', slotId)
    .where('taken', '>=', n)
    .execute();
}

export async function insertHold(db: Kysely<Database>, row: Insertable<BookingHoldsTable>): Promise<number> {
  const r = await db.insertInto('booking_holds').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export function findHoldByToken(db: Kysely<Database>, token: string): Promise<HoldRow | undefined> {
  return db.selectFrom('booking_holds').selectAll().where('token', '=', token).executeTakeFirst();
}

/** A hold by its token with its slot's row, in one read (the confirmation's first step). */
export async function findHoldWithSlot(
  db: Kysely<Database>,
  token: string,
): Promise<{ hold: HoldRow; slot: SlotRow } | undefined> {
  const r = await db
    .selectFrom('booking_holds as h')
    .innerJoin('booking_slots as s', 's.id', 'h.slot_id')
    .select([
      'h.id',
      'h.token',
      'h.slot_id',
      'h.status',
      'h.expires_at',
      'h.created_at',
      'h.booking_id',
      's.service_point_id',
      's.service',
      's.date',
      's.slot_start',
      's.slot_end',
      's.capacity',
      's.taken',
    ])
    .where('h.token', '=', token)
    .executeTakeFirst();
  if (!r) return undefined;
  const { service_point_id, service, date, slot_start, slot_end, capacity, taken, ...hold } = r;
  const slot = { id: hold.slot_id, service_point_id, service, date, slot_start, slot_end, capacity, taken };
  return { hold, slot };
}

/** Marks the expired holds of one slot expired; returns how many (their seats are the caller's to give back). */
export async function expireHoldsOfSlot(db: Kysely<Database>, slotId: number, now: string): Promise<number> {
  const r = await db
    .updateTable('booking_holds')
    .set({ status: 'expired' })
    .where('slot_id', '=', slotId)
    .where('status', '=', 'held')
    .where('expires_at', '<', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The slots that have overdue holds still marked held (the sweep frees them slot by slot). */
export async function slotsWithDueHolds(db: Kysely<Database>, now: string): Promise<number[]> {
  const rows = await db
    .selectFrom('booking_holds')
    .select('slot_id')
    .distinct()
    .where('status', '=', 'held')
    .where('expires_at', '<', now)
    .limit(1000)
    .execute();
  return rows.map((r) => Number(r.slot_id));
}

/** Moves a hold out of `held` (to used, released or expired): false when another request got there first. */
export async function closeHold(
  db: Kysely<Database>,
  id: number,
  to: 'used' | 'released' | 'expired',
  bookingId: number | null = null,
): Promise<boolean> {
  const r = await db
    .updateTable('booking_holds')
    .set({ status: to, booking_id: bookingId })
    .where('id', '=', id)
    .where('status', '=', 'held')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * The next number of a point's lane on a date (A for bookings): one upsert that creates the day's sequence
 * at 1 or increments it, under the row's lock on both engines, so two servers never draw the same number.
 */
export async function nextQueueNumber(
  db: Kysely<Database>,
  pointId: number,
  date: string,
  prefix: string,
): Promise<number> {
  const r = await db
    .insertInto('queue_sequences')
    .values({ service_point_id: pointId, date, prefix, last_number: 1 })
    .onConflict((oc) =>
      oc
        .columns(['service_point_id', 'date', 'prefix'])
        .doUpdateSet((eb) => ({ last_number: eb('queue_sequences.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return Number(r.last_number);
}
