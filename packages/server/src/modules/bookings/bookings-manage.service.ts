import type { LookupBody, PublicBooking, RescheduleBody } from '@sigap/contracts';
import { BookingCode, LookupBody as LookupSchema } from '@sigap/contracts';
import { normaliseNik, officeToday } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { loadPointPlan } from '../service-points';
import { type PointInfo, toPublicBooking } from './booking.presenter';
import { assertUnderLimit, checkResident, recordAttempt } from './booking-guards';
import { rulesAt } from './booking-points';
import { mayCancel, rescheduleDecision } from './booking-rules';
import { findSlotRow } from './booking-slots.repository';
import { cancelBookingCommand, rescheduleCommand } from './bookings.commands';
import { bookingErrors } from './bookings.errors';
import { type BookingRow, countMissedReschedules, findBookingByCode } from './bookings.repository';
import { liveHold } from './bookings-public.service';

/** Failed look-ups per IP per hour: enough for typos, too few to guess codes (31^8 of them). */
const LOOKUPS_PER_IP_HOUR = 20;

/**
 * The booking named by NIK and code. A wrong pair counts against the IP, whichever half was wrong, and
 * answers the same 404 either way (a code alone must not confirm that it exists).
 */
export async function bookingByNikAndCode(handle: Db, q: LookupBody, ip: string, now: Date) {
  await assertUnderLimit(handle.db, 'lookup_ip', ip, LOOKUPS_PER_IP_HOUR, now);
  const { code, nik } = LookupSchema.parse(q);
  const b = await findBookingByCode(handle.db, BookingCode.parse(code));
  if (!b || b.nik !== normaliseNik(nik)) {
    await recordAttempt(handle.db, 'lookup_ip', ip, now);
    throw bookingErrors.notFound();
  }
  const loaded = await loadPointPlan(handle.db, Number(b.service_point_id), b.date, b.date);
  if (!loaded) throw bookingErrors.notFound();
  const point: PointInfo = { id: loaded.point.id, name: loaded.point.name, address: loaded.point.address };
  const rules = await rulesAt(handle, b.region_code);
  return { b, point, rules };
}

async function present(handle: Db, b: BookingRow, point: PointInfo, now: Date): Promise<PublicBooking> {
  const rules = await rulesAt(handle, b.region_code);
  return toPublicBooking(b, point, rules, await countMissedReschedules(handle.db, b.id), now);
}

export async function lookupBooking(handle: Db, q: LookupBody, ip: string, now: Date) {
  const { b, point } = await bookingByNikAndCode(handle, q, ip, now);
  return present(handle, b, point, now);
}

function slotOf(handle: Db, b: BookingRow) {
  return findSlotRow(handle.db, {
    pointId: Number(b.service_point_id),
    service: b.service,
    date: b.date,
    start: b.slot_start,
  });
}

export async function cancelBooking(handle: Db, q: LookupBody, ip: string, now: Date) {
  const { b, point, rules } = await bookingByNikAndCode(handle, q, ip, now);
  if (b.status !== 'confirmed') throw bookingErrors.notActive();
  if (
    !mayCancel(
      { regionCode: b.region_code, date: b.date, start: b.slot_start },
      rules.rescheduleCutoffHours,
      now,
    )
  ) {
    throw bookingErrors.cutoffPassed(rules.rescheduleCutoffHours);
  }
  await cancelBookingCommand(handle, b, (await slotOf(handle, b))?.id, { actor: null, ip }, now);
  const after = await findBookingByCode(handle.db, b.code);
  return present(handle, after ?? b, point, now);
}

/**
 * Moves a booking to a slot the resident holds (same service): before the cut-off as often as wanted,
 * after a missed slot once. The new hold's seat passes to the booking; the old seat is given back.
 */
export async function rescheduleBooking(handle: Db, q: RescheduleBody, ip: string, now: Date) {
  const { b, rules } = await bookingByNikAndCode(handle, q, ip, now);
  if (b.status !== 'confirmed' && b.status !== 'no_show') throw bookingErrors.notActive();
  const missedUsed = await countMissedReschedules(handle.db, b.id);
  const at = { regionCode: b.region_code, date: b.date, start: b.slot_start, status: b.status };
  const decision = rescheduleDecision(at, rules.rescheduleCutoffHours, missedUsed, now);
  if (!decision.ok) {
    throw decision.reason === 'cutoff'
      ? bookingErrors.cutoffPassed(rules.rescheduleCutoffHours)
      : bookingErrors.missedRescheduleUsed();
  }
  const { hold, slot, point: to } = await liveHold(handle, q.token, now);
  if (hold.status !== 'held') throw bookingErrors.holdExpired(rules.holdMinutes);
  if (slot.service !== b.service) throw bookingErrors.rescheduleServiceMismatch();
  // Another point must serve the resident too (and the registry may have changed since the booking).
  if (to.id !== Number(b.service_point_id)) {
    const target = { name: to.name, regionCode: to.regionCode };
    const today = officeToday(to.regionCode, now);
    await checkResident(
      handle.db,
      { nik: b.nik, service: b.service, point: target },
      await rulesAt(handle, target.regionCode),
      today,
    );
  }
  const seat = {
    slotId: slot.id,
    pointId: to.id,
    regionCode: to.regionCode,
    service: slot.service,
    date: slot.date,
    start: slot.slot_start,
    end: slot.slot_end,
  };
  const oldSlotId = (await slotOf(handle, b))?.id;
  await rescheduleCommand(
    handle,
    b,
    { holdId: hold.id, oldSlotId, seat, missed: decision.missed },
    { actor: null, ip },
    now,
  );
  const after = await findBookingByCode(handle.db, b.code);
  const point: PointInfo = { id: to.id, name: to.name, address: to.address };
  return present(handle, after ?? b, point, now);
}
