import type { PublicBookingReply } from '@sigap/contracts';
import { addDays } from '@sigap/domain';
import { beforeAll, expect, it } from 'vitest';
import { slotInstant } from '../../src/modules/bookings/booking-rules';
import { sweepExpiredHolds } from '../../src/modules/bookings/booking-seats.commands';
import { cancelBooking, rescheduleBooking } from '../../src/modules/bookings/bookings-manage.service';
import { confirmBooking, holdSlot } from '../../src/modules/bookings/bookings-public.service';
import { expectError } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';
import { putAs } from '../settings/put-json';
import { book, hold, makePoint, takenOf, tomorrow } from './helpers';

const people = Array.from({ length: 4 }, (_, i) => buildResident({ fullName: `WARGA ATURAN ${i}` }));
const IP = '10.9.9.9';

async function refusal(p: Promise<unknown>, id: string) {
  await expect(p).rejects.toMatchObject({ id });
}

/** The time rules (hold expiry, cut-off, the once-only move of a missed booking) on an injected clock. */
describeEachEngine('booking rules over time', (env) => {
  let pointId = 0;
  beforeAll(async () => {
    await seedResidents(env(), people);
    pointId = await makePoint(env());
  });

  it('an expired hold cannot be confirmed and gives its seat back, lazily or by the sweep', async () => {
    const h = env().handle;
    const now = new Date();
    const held = await holdSlot(
      h,
      { pointId, service: 'recording', date: tomorrow(), start: '09:00' },
      IP,
      now,
    );
    expect((await takenOf(env(), pointId, tomorrow(), '09:00')).taken).toBe(1);
    const later = new Date(now.getTime() + 11 * 60_000);
    const body = { token: held.token, nik: people[0]?.nik ?? '', fullName: 'Warga', phone: '081200000001' };
    await refusal(confirmBooking(h, body, IP, later), 'booking_hold_expired');
    expect((await takenOf(env(), pointId, tomorrow(), '09:00')).taken).toBe(0);
    // The sweep frees holds nobody came back to.
    await holdSlot(h, { pointId, service: 'recording', date: tomorrow(), start: '09:00' }, IP, now);
    expect(await sweepExpiredHolds(h, now)).toBe(0);
    expect(await sweepExpiredHolds(h, later)).toBe(1);
    expect(await sweepExpiredHolds(h, later)).toBe(0);
    expect((await takenOf(env(), pointId, tomorrow(), '09:00')).taken).toBe(0);
  });

  it('a full slot takes back the seats of expired holds before refusing', async () => {
    const h = env().handle;
    const date = addDays(tomorrow(), 1);
    const now = new Date();
    for (let i = 0; i < 10; i++) {
      await holdSlot(h, { pointId, service: 'recording', date, start: '08:00' }, `10.9.8.${i}`, now);
    }
    await refusal(
      holdSlot(h, { pointId, service: 'recording', date, start: '08:00' }, IP, now),
      'booking_slot_full',
    );
    const later = new Date(now.getTime() + 11 * 60_000);
    await holdSlot(h, { pointId, service: 'recording', date, start: '08:00' }, IP, later);
    expect(await takenOf(env(), pointId, date, '08:00')).toEqual({ taken: 1, capacity: 10 });
  });

  it('moves a booking before the cut-off, refuses after it, and moves a missed booking once', async () => {
    const h = env().handle;
    const anon = env().anonymous();
    const person = people[1]?.nik ?? '';
    const r = await book(anon, pointId, { nik: person }, { start: '08:00' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const code = r.body.booking.code;
    const startsAt = slotInstant('18.71.01', tomorrow(), '08:00');
    const target = addDays(tomorrow(), 2);

    const newHold = async (at: Date) =>
      (await holdSlot(h, { pointId, service: 'recording', date: target, start: '09:00' }, IP, at)).token;
    // One hour before the slot: inside the 2-hour cut-off.
    const late = new Date(startsAt.getTime() - 3_600_000);
    await refusal(
      rescheduleBooking(h, { nik: person, code, token: await newHold(late) }, IP, late),
      'booking_change_closed',
    );
    await refusal(cancelBooking(h, { nik: person, code }, IP, late), 'booking_change_closed');

    // The slot has passed: a missed booking may be moved once.
    const after = new Date(startsAt.getTime() + 3 * 3_600_000);
    const moved = await rescheduleBooking(h, { nik: person, code, token: await newHold(after) }, IP, after);
    expect(moved).toMatchObject({ date: target, start: '09:00', rescheduleCount: 1, status: 'confirmed' });
    const targetStart = slotInstant('18.71.01', target, '09:00');
    const missedAgain = new Date(targetStart.getTime() + 3_600_000);
    await refusal(
      rescheduleBooking(h, { nik: person, code, token: await newHold(after) }, IP, missedAgain),
      'booking_missed_reschedule_used',
    );
    const events = await h.db
      .selectFrom('booking_events')
      .select(['event', 'details'])
      .where('event', '=', 'rescheduled')
      .execute();
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]?.details ?? '{}')).toMatchObject({ missed: true });
  });

  it('moves a booking before the cut-off over the public API and gives the old seat back', async () => {
    const anon = env().anonymous();
    const person = people[2]?.nik ?? '';
    const date = addDays(tomorrow(), 3);
    const r = await book(anon, pointId, { nik: person }, { date, start: '08:00' });
    expect(r.status).toBe(201);
    const h = await hold(anon, pointId, date, '09:00');
    const m = await anon.post<PublicBookingReply>('/api/v1/bookings/reschedule', {
      nik: person,
      code: r.body.booking.code,
      token: h.body.token,
    });
    expect(m.status, JSON.stringify(m.body)).toBe(200);
    expect(m.body.booking).toMatchObject({ start: '09:00', rescheduleCount: 1, queueLabel: 'A-002' });
    expect((await takenOf(env(), pointId, date, '08:00')).taken).toBe(0);
    expect((await takenOf(env(), pointId, date, '09:00')).taken).toBe(1);
  });

  it('limits holds per IP without a captcha (429 with Retry-After)', async () => {
    const put = await putAs(env(), 'admin', '/api/v1/settings/booking_rules', {
      scope: '18',
      value: {
        holdMinutes: 10,
        rescheduleCutoffHours: 2,
        daysAhead: 14,
        slotMinutes: 60,
        anyRegion: false,
        holdsPerIpHour: 2,
        bookingsPerNikDay: 3,
        bookingsPerPhoneDay: 5,
      },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const c = env().anonymous();
    const date = addDays(tomorrow(), 4);
    // This IP (the anonymous client's) already held seats above; a fresh point shares the regency's rule.
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await hold(c, pointId, date));
    const limited = replies.find((x) => x.status === 429);
    expect(limited).toBeDefined();
    if (limited) {
      expectError(limited, 429, 'booking_too_many');
      expect(limited.headers['retry-after']).toBe('3600');
    }
  });
});
