import type { Db } from '../../db/connect';
import { recordAudit } from '../audit';
import { answerInWrite, claimInWrite, type WriteClaim } from '../idempotency';
import { insertBookingEvent } from './booking-confirm.repository';
import { type By, insertConfirmedBooking, type Seat } from './booking-create.commands';
import { recordAttempts } from './booking-guards';
import { closeHold } from './booking-holds.repository';
import { nextQueueNumber, releaseSeats } from './booking-slots.repository';
import { bookingErrors } from './bookings.errors';
import { type BookingRow, isUniqueViolation, updateBookingFrom } from './bookings.repository';

export type { By, Seat };

/**
 * Turns a hold into a booking: the hold passes its seat to the booking, whose limits are counted, with the
 * request's Idempotency-Key and the answer `reply` makes of the booking (idempotency-in-write.ts).
 */
export async function confirmHoldCommand<R>(
  handle: Db,
  holdId: number,
  seat: Seat,
  person: { nik: string; fullName: string; phone: string },
  by: By & { ip: string; claim: WriteClaim | undefined },
  now: Date,
  reply: (b: BookingRow) => R,
): Promise<R> {
  try {
    return await handle.store.shortWrite(handle.db, async (trx) => {
      await claimInWrite(trx, by.claim);
      const booking = await insertConfirmedBooking(
        trx,
        handle,
        seat,
        person,
        { kind: 'online', batchId: null },
        by,
        now,
      );
      if (!(await closeHold(trx, holdId, 'used', booking.id))) throw bookingErrors.holdNotFound();
      await recordAttempts(
        trx,
        [
          { kind: 'confirm_ip', value: by.ip },
          { kind: 'nik', value: person.nik },
          { kind: 'phone', value: person.phone },
        ],
        now,
      );
      return answerInWrite(trx, by.claim, 201, reply(booking));
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
