import type { Insertable, Kysely, Selectable } from 'kysely';
import { type Param, preparedQuery } from '../../db/prepared-query';
import type { BookingSlotsTable, Database } from '../../db/schema';

/**
 * Seats (the holds are booking-holds.repository's). Every change to `taken` is one guarded UPDATE: both
 * engines serialise writers on the row and re-check the guard, so no interleaving of servers can take more
 * seats than the capacity or give one back twice. A booking's statements are compiled once (see
 * booking-holds.repository).
 */
export type SlotRow = Selectable<BookingSlotsTable>;
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

interface SlotKey extends Record<string, unknown> {
  pointId: number;
  service: ServiceCode;
  date: string;
  start: string;
}

const slotRowStatement = preparedQuery((db, param: Param<SlotKey>) =>
  db
    .selectFrom('booking_slots')
    .selectAll()
    .where('service_point_id', '=', param('pointId'))
    .where('service', '=', param('service'))
    .where('date', '=', param('date'))
    .where('slot_start', '=', param('start')),
);

export async function findSlotRow(db: Kysely<Database>, key: SlotKey): Promise<SlotRow | undefined> {
  return (await db.executeQuery(slotRowStatement(db, key))).rows[0];
}

const takeSeatStatement = preparedQuery((db, param: Param<{ slotId: number }>) =>
  db
    .updateTable('booking_slots')
    .set((eb) => ({ taken: eb('taken', '+', 1) }))
    .where('id', '=', param('slotId'))
    .whereRef('taken', '<', 'capacity'),
);

/** Takes one seat if one is free: false when the slot is full (the guard matched nothing). */
export async function takeSeat(db: Kysely<Database>, slotId: number): Promise<boolean> {
  const r = await db.executeQuery(takeSeatStatement(db, { slotId }));
  return Number(r.numAffectedRows ?? 0) === 1;
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

const nextNumberStatement = preparedQuery(
  (db, param: Param<{ pointId: number; date: string; prefix: string }>) =>
    db
      .insertInto('queue_sequences')
      .values({
        service_point_id: param('pointId'),
        date: param('date'),
        prefix: param('prefix'),
        last_number: 1,
      })
      .onConflict((oc) =>
        oc
          .columns(['service_point_id', 'date', 'prefix'])
          .doUpdateSet((eb) => ({ last_number: eb('queue_sequences.last_number', '+', 1) })),
      )
      .returning('last_number'),
);

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
  const { rows } = await db.executeQuery(nextNumberStatement(db, { pointId, date, prefix }));
  const r = rows[0];
  if (!r) throw new Error('queue_sequences upsert answered no number');
  return Number(r.last_number);
}
