import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { BookingsTable, Database } from '../../db/schema';
import { recordAudit } from '../audit';
import { recordAttempt } from './booking-guards';
import { newBookingCode } from './booking-rules';
import { closeHold, nextQueueNumber, releaseSeats } from './booking-slots.repository';
import { bookingErrors } from './bookings.errors';
import {
  type BookingRow,
  codeExists,
  insertBooking,
  insertBookingEvent,
  isUniqueViolation,
  updateBookingFrom,
} from './bookings.repository';

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

async function freshCode(trx: Kysely<Database>): Promise<string> {
  // 31^8 ≈ 8.5e11 codes: a collision is rare, and a retry settles it.
  for (;;) {
    const code = newBookingCode();
    if (!(await codeExists(trx, code))) return code;
  }
}

/**
 * Makes a confirmed booking on a seat already taken (by a hold, or by the invitation run): the booking
 * with its code and A-number, its `confirmed` event and the `booking.create` audit entry, in the
 * caller's transaction. One active booking per NIK and service is the unique index's to enforce.
 */
export async function insertConfirmedBooking(
  trx: Kysely<Database>,
  handle: Db,
  seat: Seat,
  person: { nik: string; fullName: string; phone: string | null },
  origin: { kind: 'online' | 'invitation'; batchId: number | null },
  by: By,
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  const code = await freshCode(trx);
  const queueNumber = await nextQueueNumber(trx, seat.pointId, seat.date, 'A');
  const id = await insertBooking(trx, {
    code,
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
  return id;
}

/** Turns a hold into a booking: the hold passes its seat to the booking, whose limits are counted. */
export async function confirmHoldCommand(
  handle: Db,
  holdId: number,
  seat: Seat,
  person: { nik: string; fullName: string; phone: string },
  by: By & { ip: string },
  now: Date,
): Promise<number> {
  try {
    return await handle.db.transaction().execute(async (trx) => {
      const id = await insertConfirmedBooking(
        trx,
        handle,
        seat,
        person,
        { kind: 'online', batchId: null },
        by,
        now,
      );
      if (!(await closeHold(trx, holdId, 'used', id))) throw bookingErrors.holdNotFound();
      await recordAttempt(trx, 'confirm_ip', by.ip, now);
      await recordAttempt(trx, 'nik', person.nik, now);
      await recordAttempt(trx, 'phone', person.phone, now);
      return id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw bookingErrors.alreadyBooked();
    throw err;
  }
}

/** Cancels a confirmed booking and gives its seat back. */
export async function cancelBookingCommand(
  handle: Db,
  b: BookingRow,
  slotId: number | undefined,
  by: By,
  now: Date,
) {
  const at = now.toISOString();
  await handle.db.transaction().execute(async (trx) => {
    if (!(await updateBookingFrom(trx, b.id, ['confirmed'], { status: 'cancelled', updated_at: at }))) {
      throw bookingErrors.notActive();
    }
    if (slotId !== undefined) await releaseSeats(trx, slotId, 1);
    await insertBookingEvent(trx, {
      bookingId: b.id,
      event: 'cancelled',
      actorId: by.actor?.id ?? null,
      details: null,
      at,
    });
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'booking.cancel',
      entity: 'booking',
      entityId: b.id,
      regionCode: b.region_code,
      summary: { code: b.code, date: b.date, start: b.slot_start },
      ip: by.ip,
    });
  });
}

/**
 * Moves a booking to the seat of a new hold: the hold is used, the old seat given back (unless the slot
 * has passed: nobody can take it any more), a new A-number on the new date, the count bumped.
 */
export async function rescheduleCommand(
  handle: Db,
  b: BookingRow,
  move: { holdId: number; oldSlotId: number | undefined; seat: Seat; missed: boolean },
  by: By,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await handle.db.transaction().execute(async (trx) => {
    if (!(await closeHold(trx, move.holdId, 'used', b.id))) throw bookingErrors.holdNotFound();
    if (move.oldSlotId !== undefined && !move.missed) await releaseSeats(trx, move.oldSlotId, 1);
    const queueNumber = await nextQueueNumber(trx, move.seat.pointId, move.seat.date, 'A');
    const moved = await updateBookingFrom(trx, b.id, ['confirmed', 'no_show'], {
      status: 'confirmed',
      service_point_id: move.seat.pointId,
      region_code: move.seat.regionCode,
      date: move.seat.date,
      slot_start: move.seat.start,
      slot_end: move.seat.end,
      queue_number: queueNumber,
      reschedule_count: Number(b.reschedule_count) + 1,
      reminded_at: null,
      updated_at: at,
    });
    if (!moved) throw bookingErrors.notActive();
    const details = {
      from: { date: b.date, start: b.slot_start },
      to: { date: move.seat.date, start: move.seat.start },
      missed: move.missed,
    };
    await insertBookingEvent(trx, {
      bookingId: b.id,
      event: 'rescheduled',
      actorId: by.actor?.id ?? null,
      details,
      at,
    });
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'booking.reschedule',
      entity: 'booking',
      entityId: b.id,
      regionCode: b.region_code,
      summary: { code: b.code, ...details },
      ip: by.ip,
    });
  });
}
