import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import {
  type BookingRow,
  findBookingByCode,
  setBookingCheckedIn,
  setBookingVisit,
} from './bookings-check-in.repository';

/**
 * Check-in of a booking at the entrance (issue 12), the bookings write the queue module needs: the queue
 * issues the booked-lane ticket and, in the same transaction, marks the booking checked in here.
 */
export type { BookingRow };

/**
 * The booking code from what the entrance scanned or typed: the invitation's QR (`SIGAP:<CODE>`), a link
 * ending in `/<CODE>` (the booking page's address), or the bare code, without stray spaces.
 */
export function bookingCodeFrom(input: string): string {
  let s = input.trim();
  if (/^sigap:/i.test(s)) s = s.slice(6);
  else if (s.includes('/'))
    s =
      s
        .replace(/[?#].*$/, '')
        .replace(/\/+$/, '')
        .split('/')
        .pop() ?? '';
  return s.replace(/[\s-]+/g, '').toUpperCase();
}

export async function findBookingForCheckIn(
  db: Kysely<Database>,
  input: string,
): Promise<BookingRow | undefined> {
  const code = bookingCodeFrom(input);
  if (!code) return undefined;
  // A code typed by hand may come in lower case; codes are stored as issued.
  return (await findBookingByCode(db, code)) ?? (await findBookingByCode(db, code.toUpperCase()));
}

/** Marks a confirmed booking checked in with its history entry; false when it was no longer confirmed. */
export async function markBookingCheckedIn(
  trx: Kysely<Database>,
  booking: { id: number },
  by: { actorId: number | null; ticketId: number; now: string },
): Promise<boolean> {
  return setBookingCheckedIn(trx, booking.id, by.actorId, by.now, by.ticketId);
}

/** What a ticket's event does to the booking it came from (none for the other events). */
const VISIT_MOVES: Record<string, { from: BookingRow['status']; to: BookingRow['status'] }> = {
  finished: { from: 'checked_in', to: 'served' },
  no_show: { from: 'checked_in', to: 'no_show' },
  requeued: { from: 'no_show', to: 'checked_in' },
};

/**
 * Keeps a booking in step with its ticket, in the ticket's transaction: served when finished, no-show when
 * the counter marks it missing (so the resident can move it once), checked in again when re-queued.
 */
export async function followTicketOnBooking(
  trx: Kysely<Database>,
  bookingId: number,
  ticketEvent: string,
  by: { actorId: number | null; ticketId: number; now: string },
): Promise<void> {
  const move = VISIT_MOVES[ticketEvent];
  if (!move) return;
  await setBookingVisit(trx, bookingId, move, by.actorId, by.now, by.ticketId);
}
