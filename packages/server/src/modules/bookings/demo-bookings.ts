import { addDays, officeToday, type ServiceKind } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { belongsOn, fieldListCandidates } from '../field-lists';
import { normalizeIndonesianPhone } from '../outbox';
import { listActivePoints, loadPointPlan } from '../service-points';
import { insertConfirmedBooking } from './booking-create.commands';
import { offeredSlots, rulesAt } from './booking-points';
import { takeSeatReclaiming } from './booking-seats.commands';
import { findSlotRow } from './booking-slots.repository';
import { demoBookingsExist, findActiveBooking } from './bookings.repository';

const DEMO_REGENCY = '18.71';
const PER_POINT = 8;

/**
 * Bookings at the demo service points on the first start: for each "(demo)" point, eight residents of
 * its district who still have to be recorded get a seat in the coming week, half booked online and half
 * invited, through the same seat-taking and command as real bookings (audited, system actor). Every
 * booking's name ends with "(demo)"; a second start adds nothing.
 */
export async function seedDemoBookings(handle: Db, now: Date): Promise<number> {
  if (await demoBookingsExist(handle.db)) return 0;
  const points = (await listActivePoints(handle.db, DEMO_REGENCY)).filter((p) => p.name.endsWith('(demo)'));
  const today = officeToday(DEMO_REGENCY, now);
  const used = new Set<string>();
  let made = 0;
  for (const p of points) {
    const service: ServiceKind = 'recording';
    if (!p.services[service]) continue;
    const loaded = await loadPointPlan(handle.db, p.id, today, addDays(today, 7));
    if (!loaded) continue;
    const rules = await rulesAt(handle, p.regionCode);
    const slots = await offeredSlots(
      handle,
      loaded,
      service,
      { from: addDays(today, 1), to: addDays(today, 7), slotMinutes: rules.slotMinutes },
      now,
    );
    if (slots.length === 0) continue;
    const district =
      p.regionCode.split('.').length >= 3
        ? p.regionCode.split('.').slice(0, 3).join('.')
        : `${DEMO_REGENCY}.01`;
    const residents = (await fieldListCandidates(handle.db, district, 'not_recorded'))
      .filter((r) => belongsOn('not_recorded', r, today) && !used.has(r.nik))
      .slice(0, PER_POINT);
    for (const [i, r] of residents.entries()) {
      used.add(r.nik);
      if (await findActiveBooking(handle.db, r.nik, service)) continue;
      const s = slots[(i * 3) % slots.length];
      const row =
        s && (await findSlotRow(handle.db, { pointId: p.id, service, date: s.date, start: s.start }));
      if (!s || !row) continue;
      const id = await handle.db.transaction().execute(async (trx) => {
        if (!(await takeSeatReclaiming(trx, row.id, now))) return undefined;
        const seat = {
          slotId: row.id,
          pointId: p.id,
          regionCode: p.regionCode,
          service,
          date: s.date,
          start: s.start,
          end: s.end,
        };
        const phone = (r.phone && normalizeIndonesianPhone(r.phone)) || null;
        const person = { nik: r.nik, fullName: `${r.full_name} (demo)`, phone };
        const origin = { kind: i % 2 === 0 ? ('online' as const) : ('invitation' as const), batchId: null };
        return (
          await insertConfirmedBooking(trx, handle, seat, person, origin, { actor: null, ip: null }, now)
        ).id;
      });
      if (id !== undefined) made++;
    }
  }
  return made;
}
