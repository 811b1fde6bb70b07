import type { BookingRules, BookingSlot } from '@sigap/contracts';
import { addDays, compareIsoDates, daySlots, officeToday, type ServiceKind } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { readThroughVersion } from '../../db/version-cache';
import { loadPointPlan, type PointWithPlan } from '../service-points';
import { getSetting } from '../settings';
import { slotHasBegun } from './booking-rules';
import { findSlotRow, insertMissingSlots, listSlotRows } from './booking-slots.repository';
import { bookingErrors } from './bookings.errors';

export type BookingPointRow = PointWithPlan['point'];

/** The booking rules in force at a point (its region's setting, inherited from above). */
export function rulesAt(handle: Db, regionCode: string): Promise<BookingRules> {
  return getSetting(handle.db, regionCode, 'booking_rules');
}

/**
 * An active point that offers the service; anything else is refused the same way for a resident. The
 * point and its plan are read through the `service_points` version (db/version-cache.ts): every hold
 * reads them, and they change only when an officer edits the point, its closures or its sessions.
 */
export async function bookablePoint(
  handle: Db,
  pointId: number,
  service: ServiceKind,
  from: string,
  to: string,
) {
  const loaded = await readThroughVersion(handle.db, 'service_points', `${pointId}|${from}|${to}`, () =>
    loadPointPlan(handle.db, pointId, from, to),
  );
  if (!loaded?.point.active) throw bookingErrors.pointNotFound();
  if (!loaded.point.services[service]) throw bookingErrors.serviceNotOffered();
  return loaded;
}

export interface OfferedSlot {
  date: string;
  start: string;
  end: string;
  capacity: number;
}

/**
 * The slots a point offers for a service between two dates that have not begun, with their capacity
 * from the point's plan (@sigap/domain daySlots). Pure: no seat rows are made.
 */
export function slotsOffered(
  loaded: PointWithPlan,
  service: ServiceKind,
  range: { from: string; to: string; slotMinutes: number },
  now: Date,
): OfferedSlot[] {
  const out: OfferedSlot[] = [];
  for (let d = range.from; compareIsoDates(d, range.to) <= 0; d = addDays(d, 1)) {
    for (const s of daySlots(loaded.plan, d, range.slotMinutes)) {
      const capacity = s.capacity[service] ?? 0;
      if (capacity <= 0 || slotHasBegun(loaded.point.regionCode, d, s.start, now)) continue;
      out.push({ date: d, start: s.start, end: s.end, capacity });
    }
  }
  return out;
}

/**
 * The one offered slot of a day that starts at `start` (what `slotsOffered` over that day would find
 * first): a hold asks for one slot, and checking whether every other slot of the day had begun was date
 * arithmetic on every hold.
 */
export function slotOffered(
  loaded: PointWithPlan,
  service: ServiceKind,
  day: { date: string; start: string; slotMinutes: number },
  now: Date,
): OfferedSlot | undefined {
  for (const s of daySlots(loaded.plan, day.date, day.slotMinutes)) {
    if (s.start !== day.start) continue;
    const capacity = s.capacity[service] ?? 0;
    if (capacity <= 0 || slotHasBegun(loaded.point.regionCode, day.date, s.start, now)) continue;
    return { date: day.date, start: s.start, end: s.end, capacity };
  }
  return undefined;
}

function seatRows(loaded: PointWithPlan, service: ServiceKind, slots: OfferedSlot[]) {
  return slots.map((s) => ({
    service_point_id: loaded.point.id,
    service,
    date: s.date,
    slot_start: s.start,
    slot_end: s.end,
    capacity: s.capacity,
  }));
}

/**
 * The offered slots (see slotsOffered), with their seat rows created here, lazily, each once: a slot's
 * capacity is fixed when its first seat is asked for.
 */
export async function offeredSlots(
  handle: Db,
  loaded: PointWithPlan,
  service: ServiceKind,
  range: { from: string; to: string; slotMinutes: number },
  now: Date,
): Promise<OfferedSlot[]> {
  const out = slotsOffered(loaded, service, range, now);
  await insertMissingSlots(handle.db, seatRows(loaded, service, out));
  return out;
}

/**
 * The seat row of one offered slot, created on its first ask as offeredSlots would: a read, and a write
 * only the first time (a hold used to write the day's rows on every request).
 */
export async function seatRowOf(handle: Db, loaded: PointWithPlan, service: ServiceKind, slot: OfferedSlot) {
  const key = { pointId: loaded.point.id, service, date: slot.date, start: slot.start };
  const row = await findSlotRow(handle.db, key);
  if (row) return row;
  await insertMissingSlots(handle.db, seatRows(loaded, service, [slot]));
  return findSlotRow(handle.db, key);
}

/** The window a resident may book in: from the point's today to `daysAhead` days on. */
export function bookingWindow(
  regionCode: string,
  rules: BookingRules,
  now: Date,
  from?: string,
  days?: number,
) {
  const today = officeToday(regionCode, now);
  const last = addDays(today, rules.daysAhead - 1);
  const start = from && compareIsoDates(from, today) > 0 ? from : today;
  const wanted = addDays(start, (days ?? rules.daysAhead) - 1);
  return { today, from: start, to: compareIsoDates(wanted, last) < 0 ? wanted : last };
}

/** Offered slots with seats left, as the public page lists them. */
export async function slotsWithRoom(
  handle: Db,
  loaded: PointWithPlan,
  service: ServiceKind,
  range: { from: string; to: string; slotMinutes: number },
  now: Date,
): Promise<BookingSlot[]> {
  const offered = await offeredSlots(handle, loaded, service, range, now);
  if (compareIsoDates(range.from, range.to) > 0) return [];
  const rows = await listSlotRows(handle.db, loaded.point.id, service, range.from, range.to);
  const byKey = new Map(rows.map((r) => [`${r.date}|${r.slot_start}`, r]));
  return offered.flatMap((s) => {
    const row = byKey.get(`${s.date}|${s.start}`);
    const capacity = row ? Number(row.capacity) : s.capacity;
    const free = capacity - (row ? Number(row.taken) : 0);
    return free > 0 ? [{ date: s.date, start: s.start, end: s.end, capacity, free }] : [];
  });
}
