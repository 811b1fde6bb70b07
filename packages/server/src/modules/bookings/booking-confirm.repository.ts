import type { Insertable, Kysely } from 'kysely';
import { type Param, preparedQuery } from '../../db/prepared-query';
import type { BookingsTable, Database } from '../../db/schema';
import type { BookingRow } from './bookings.repository';

/**
 * The statements of a confirmation that run on every booking: the resident read, the insert and its event.
 * Each is compiled once (`preparedQuery`): a booking runs about twenty statements, and building each with
 * Kysely cost more CPU than SQLite took to run it.
 */

const residentStatement = preparedQuery((db, param: Param<{ nik: string }>) =>
  db
    .selectFrom('residents')
    .select(['id', 'village_code', 'life_status', 'recording_status', 'print_status', 'full_name'])
    .where('nik', '=', param('nik')),
);

/** What the booking rules read of a resident (a read of the registry; changes go through its write path). */
export async function findResidentByNik(db: Kysely<Database>, nik: string) {
  return (await db.executeQuery(residentStatement(db, { nik }))).rows[0];
}

/** A new booking's columns (the counts keep their defaults). */
export type NewBooking = Omit<Insertable<BookingsTable>, 'id' | 'reschedule_count'>;

const insertBookingStatement = preparedQuery(
  (db, param: Param<NewBooking & Record<string, unknown>>, row) =>
    db
      .insertInto('bookings')
      .values(Object.fromEntries(Object.keys(row).map((k) => [k, param(k)])) as NewBooking)
      // Only a taken code is let through (answered as no row); one active booking per NIK still fails.
      .onConflict((oc) => oc.column('code').doNothing())
      .returningAll(),
  (row) => Object.keys(row).join(),
);

/**
 * Inserts a booking and answers the stored row (with its id and defaults), so no read follows; undefined
 * when its code is taken already (the caller draws another). One statement: no look-up of the code first.
 */
export async function insertBookingUnlessCodeTaken(
  db: Kysely<Database>,
  row: NewBooking,
): Promise<BookingRow | undefined> {
  return (await db.executeQuery(insertBookingStatement(db, row))).rows[0];
}

interface NewEvent extends Record<string, unknown> {
  bookingId: number;
  event: string;
  actorId: number | null;
  details: string | null;
  at: string;
}

const insertEventStatement = preparedQuery((db, param: Param<NewEvent>) =>
  db.insertInto('booking_events').values({
    booking_id: param('bookingId'),
    event: param('event'),
    actor_id: param('actorId'),
    details: param('details'),
    at: param('at'),
  }),
);

export async function insertBookingEvent(
  db: Kysely<Database>,
  e: { bookingId: number; event: string; actorId: number | null; details: object | null; at: string },
): Promise<void> {
  const details = e.details ? JSON.stringify(e.details) : null;
  await db.executeQuery(insertEventStatement(db, { ...e, details }));
}
