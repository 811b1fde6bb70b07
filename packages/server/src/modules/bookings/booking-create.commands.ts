import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { BookingsTable, Database } from '../../db/schema';
import { recordAudit } from '../audit';
import {
  insertBookingEvent,
  insertBookingUnlessCodeTaken,
  type NewBooking,
} from './booking-confirm.repository';
import { newBookingCode } from './booking-rules';
import { nextQueueNumber } from './booking-slots.repository';
import type { BookingRow } from './bookings.repository';

/** Who acts: a resident on the public page (no actor) or an officer (invitations). */
export interface By {
  actor: { id: number; username: string } | null;
  ip: string | null;
}

export interface Seat {
  slotId: number;
  pointId: number;
  regionCode: string;
  service: BookingsTable['service'];
  date: string;
  start: string;
  end: string;
}

/** Inserts the booking with a fresh code: 31^8 ≈ 8.5e11 codes, so a collision is rare, and a retry settles it. */
async function insertWithFreshCode(
  trx: Kysely<Database>,
  row: Omit<NewBooking, 'code'>,
): Promise<BookingRow> {
  for (;;) {
    const booking = await insertBookingUnlessCodeTaken(trx, { code: newBookingCode(), ...row });
    if (booking) return booking;
  }
}

/**
 * Makes a confirmed booking on a seat already taken (by a hold, or by the invitation run): the booking
 * with its code and A-number, its `confirmed` event and the `booking.create` audit entry, in the
 * caller's transaction. One active booking per NIK and service is the unique index's to enforce. Answers
 * the stored row.
 */
export async function insertConfirmedBooking(
  trx: Kysely<Database>,
  handle: Db,
  seat: Seat,
  person: { nik: string; fullName: string; phone: string | null },
  origin: { kind: 'online' | 'invitation'; batchId: number | null },
  by: By,
  now: Date,
): Promise<BookingRow> {
  const at = now.toISOString();
  const queueNumber = await nextQueueNumber(trx, seat.pointId, seat.date, 'A');
  const booking = await insertWithFreshCode(trx, {
    service_point_id: seat.pointId,
    region_code: seat.regionCode,
    service: seat.service,
    date: seat.date,
    slot_start: seat.start,
    slot_end: seat.end,
    nik: person.nik,
    full_name: person.fullName,
    phone: person.phone,
    status: 'confirmed',
    hold_expires_at: null,
    queue_number: queueNumber,
    origin: origin.kind,
    batch_id: origin.batchId,
    reminded_at: null,
    created_at: at,
    updated_at: at,
  });
  const { id, code } = booking;
  await insertBookingEvent(trx, {
    bookingId: id,
    event: 'confirmed',
    actorId: by.actor?.id ?? null,
    details: { origin: origin.kind },
    at,
  });
  await recordAudit(trx, handle.store, {
    actor: by.actor,
    action: 'booking.create',
    entity: 'booking',
    entityId: id,
    regionCode: seat.regionCode,
    summary: {
      code,
      service: seat.service,
      date: seat.date,
      start: seat.start,
      origin: origin.kind,
      batchId: origin.batchId,
    },
    ip: by.ip,
  });
  return booking;
}
