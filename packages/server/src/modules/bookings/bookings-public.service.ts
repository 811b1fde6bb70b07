import type {
  BookingPointList,
  BookingSlotsQuery,
  BookingSlotsReply,
  ConfirmBody,
  HoldBody,
  HoldReply,
  PublicBookingReply,
} from '@sigap/contracts';
import { compareIsoDates, normaliseNik, officeToday } from '@sigap/domain';
import type { Db } from '../../db/connect';
import type { WriteClaim } from '../idempotency';
import { normalizeIndonesianPhone } from '../outbox';
import { findRegionsByCode } from '../regions';
import { listActivePoints } from '../service-points';
import { toPublicBooking } from './booking.presenter';
import { assertConfirmLimits, assertUnderLimit, checkResident } from './booking-guards';
import { findHoldByToken, findHoldWithSlot } from './booking-holds.repository';
import {
  bookablePoint,
  bookingWindow,
  rulesAt,
  seatRowOf,
  slotOffered,
  slotsWithRoom,
} from './booking-points';
import { endHoldCommand, holdSeatCommand } from './booking-seats.commands';
import { confirmHoldCommand } from './bookings.commands';
import { bookingErrors } from './bookings.errors';
import { type BookingRow, findActiveBooking, findBookingById } from './bookings.repository';

/** Active points that offer at least one service, for the public booking page. */
export async function bookingPoints(handle: Db, region: string | undefined): Promise<BookingPointList> {
  const points = (await listActivePoints(handle.db, region ?? 'ID')).filter(
    (p) => Object.keys(p.services).length > 0,
  );
  const regions = await findRegionsByCode(handle.db, [...new Set(points.map((p) => p.regionCode))]);
  const names = new Map(regions.map((r) => [r.code, r.name]));
  return {
    items: points.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      address: p.address,
      regionCode: p.regionCode,
      regionName: names.get(p.regionCode) ?? null,
      services: Object.keys(p.services) as BookingPointList['items'][number]['services'],
    })),
  };
}

export async function bookingSlots(handle: Db, q: BookingSlotsQuery, now: Date): Promise<BookingSlotsReply> {
  const probe = await bookablePoint(
    handle,
    q.pointId,
    q.service,
    officeToday('ID', now),
    officeToday('ID', now),
  );
  const rules = await rulesAt(handle, probe.point.regionCode);
  const w = bookingWindow(probe.point.regionCode, rules, now, q.from, q.days);
  const loaded = await bookablePoint(handle, q.pointId, q.service, w.from, w.to);
  const slots = await slotsWithRoom(handle, loaded, q.service, { ...w, slotMinutes: rules.slotMinutes }, now);
  return { pointId: q.pointId, service: q.service, holdMinutes: rules.holdMinutes, slots };
}

/** Holds a seat of an offered slot for the rules' minutes (the IP's hourly limit first). */
export async function holdSlot(
  handle: Db,
  body: HoldBody,
  ip: string,
  now: Date,
  claim?: WriteClaim,
): Promise<HoldReply> {
  const probe = await bookablePoint(handle, body.pointId, body.service, body.date, body.date);
  const rules = await rulesAt(handle, probe.point.regionCode);
  await assertUnderLimit(handle.db, 'hold_ip', ip, rules.holdsPerIpHour, now);
  const w = bookingWindow(probe.point.regionCode, rules, now);
  if (compareIsoDates(body.date, w.from) < 0 || compareIsoDates(body.date, w.to) > 0) {
    throw bookingErrors.slotNotOffered();
  }
  const day = { date: body.date, start: body.start, slotMinutes: rules.slotMinutes };
  const slot = slotOffered(probe, body.service, day, now);
  if (!slot) throw bookingErrors.slotNotOffered();
  const row = await seatRowOf(handle, probe, body.service, slot);
  if (!row) throw bookingErrors.slotNotOffered();
  const held = await holdSeatCommand(handle, row.id, rules.holdMinutes, { ip, claim }, now, (h) => ({
    ...h,
    pointId: body.pointId,
    service: body.service,
    date: body.date,
    start: row.slot_start,
    end: row.slot_end,
  }));
  if (!held) throw bookingErrors.slotFull();
  return held;
}

/**
 * A hold that is still held and in time, with its slot and point (one read; the point's plan is not read:
 * the seat was taken when it was offered); an overdue one is ended here.
 */
export async function liveHold(handle: Db, token: string, now: Date) {
  const found = await findHoldWithSlot(handle.db, token);
  if (!found) throw bookingErrors.holdNotFound();
  const { hold, slot, point } = found;
  if (!point.active) throw bookingErrors.pointNotFound();
  if (!point.services[slot.service]) throw bookingErrors.serviceNotOffered();
  const rules = await rulesAt(handle, point.regionCode);
  if (hold.status === 'held' && Date.parse(hold.expires_at) < now.getTime()) {
    await endHoldCommand(handle, { id: hold.id, slot_id: Number(hold.slot_id) }, 'expired');
    throw bookingErrors.holdExpired(rules.holdMinutes);
  }
  return { hold, slot, point, rules };
}

/** Turns a hold into a booking after the registry's checks; the same hold confirmed again answers the same booking. */
export async function confirmBooking(
  handle: Db,
  body: ConfirmBody,
  ip: string,
  now: Date,
  claim?: WriteClaim,
): Promise<PublicBookingReply> {
  const { hold, slot, point: at, rules } = await liveHold(handle, body.token, now);
  const point = { id: at.id, name: at.name, address: at.address };
  if (hold.status === 'used' && hold.booking_id !== null) {
    const b = await findBookingById(handle.db, Number(hold.booking_id));
    if (b && b.nik === normaliseNik(body.nik)) return { booking: toPublicBooking(b, point, rules, 0, now) };
  }
  if (hold.status !== 'held') throw bookingErrors.holdExpired(rules.holdMinutes);
  const today = officeToday(at.regionCode, now);
  const checked = await checkResident(
    handle.db,
    { nik: body.nik, service: slot.service, point: { name: at.name, regionCode: at.regionCode } },
    rules,
    today,
  );
  if (await findActiveBooking(handle.db, checked.nik, slot.service)) throw bookingErrors.alreadyBooked();
  await assertConfirmLimits(
    handle.db,
    rules,
    { ip, nik: checked.nik, phone: normalizeIndonesianPhone(body.phone) ?? body.phone },
    now,
  );
  const seat = {
    slotId: slot.id,
    pointId: at.id,
    regionCode: at.regionCode,
    service: slot.service,
    date: slot.date,
    start: slot.slot_start,
    end: slot.slot_end,
  };
  // Stored as the outbox stores numbers (628…), so the reminder reaches the same number.
  const phone = normalizeIndonesianPhone(body.phone) ?? body.phone;
  const person = { nik: checked.nik, fullName: body.fullName, phone };
  // A booking made just now has never been moved: no missed reschedule to count.
  const reply = (b: BookingRow) => ({ booking: toPublicBooking(b, point, rules, 0, now) });
  return confirmHoldCommand(handle, hold.id, seat, person, { actor: null, ip, claim }, now, reply);
}

/** Lets a hold go (the resident chose another time): its seat goes back now. False when it was not held. */
export async function releaseHold(handle: Db, token: string): Promise<boolean> {
  const hold = await findHoldByToken(handle.db, token);
  if (hold?.status !== 'held') return false;
  await endHoldCommand(handle, { id: hold.id, slot_id: Number(hold.slot_id) }, 'released');
  return true;
}
