import type { Kysely, Selectable } from 'kysely';
import type { BookingsTable, Database } from '../../db/schema';

export type BookingRow = Selectable<BookingsTable>;

export async function findBookingByCode(db: Kysely<Database>, code: string): Promise<BookingRow | undefined> {
  return db.selectFrom('bookings').selectAll().where('code', '=', code).executeTakeFirst();
}

/**
 * Confirmed → checked in, guarded on the status: of two entrances scanning the same invitation at once,
 * one wins and the other matches nothing (false).
 */
export async function setBookingCheckedIn(
  db: Kysely<Database>,
  id: number,
  actorId: number | null,
  now: string,
  ticketId: number,
): Promise<boolean> {
  const r = await db
    .updateTable('bookings')
    .set({ status: 'checked_in', updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'confirmed')
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  await db
    .insertInto('booking_events')
    .values({
      booking_id: id,
      event: 'checked_in',
      actor_id: actorId,
      details: JSON.stringify({ ticketId }),
      at: now,
    })
    .execute();
  return true;
}

/**
 * A checked-in booking's visit ends: `served` when its ticket is finished, `no_show` when the counter marks
 * it missing (it may then be moved once, see booking-rules), back to `checked_in` when the no-show is put
 * back in line. Guarded on the status it leaves; false when the booking was elsewhere.
 */
export async function setBookingVisit(
  db: Kysely<Database>,
  id: number,
  move: { from: BookingRow['status']; to: BookingRow['status'] },
  actorId: number | null,
  now: string,
  ticketId: number,
): Promise<boolean> {
  const r = await db
    .updateTable('bookings')
    .set({ status: move.to, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', move.from)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  await db
    .insertInto('booking_events')
    .values({
      booking_id: id,
      event: move.to,
      actor_id: actorId,
      details: JSON.stringify({ ticketId }),
      at: now,
    })
    .execute();
  return true;
}
