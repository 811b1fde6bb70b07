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
