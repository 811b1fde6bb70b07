import type { BookingSlotsReply, HoldReply, PublicBookingReply } from '@sigap/contracts';
import { addDays, officeToday } from '@sigap/domain';
import { expect } from 'vitest';
import type { Client } from '../helpers/client';
import type { TestEnv } from '../helpers/test-env';

const HOURS = { open: '08:00', close: '10:00' };
/** Every day of the week, so a test finds slots tomorrow whatever day it runs. */
const EVERY_DAY = Object.fromEntries(['0', '1', '2', '3', '4', '5', '6'].map((d) => [d, HOURS]));

let serial = 0;

/**
 * A point in Kedaton (18.71.01) open 08–10 every day with one counter: recording takes 6 minutes, so each
 * hourly slot holds exactly 10 recording seats (two slots a day).
 */
export async function makePoint(
  env: TestEnv,
  overrides: Record<string, unknown> = {},
  username = 'bandarlampung.operator',
): Promise<number> {
  const op = await env.as(username);
  const r = await op.post<{ servicePoint: { id: number } }>('/api/v1/service-points', {
    regionCode: '18.71.01',
    name: `UPT Booking Uji ${++serial}`,
    kind: 'upt',
    address: 'Jl. Booking No. 1, Kedaton, Bandar Lampung',
    counters: 1,
    services: { recording: 6, printing: 60 },
    hours: EVERY_DAY,
    ...overrides,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.servicePoint.id;
}

export const tomorrow = () => addDays(officeToday('18.71.01'), 1);

export async function hold(
  c: Client,
  pointId: number,
  date = tomorrow(),
  start = '08:00',
  service = 'recording',
) {
  return c.post<HoldReply>('/api/v1/bookings/holds', { pointId, service, date, start });
}

export async function book(
  c: Client,
  pointId: number,
  person: { nik: string; fullName?: string; phone?: string },
  slot: { date?: string; start?: string; service?: string } = {},
) {
  const h = await hold(c, pointId, slot.date, slot.start, slot.service);
  expect(h.status, JSON.stringify(h.body)).toBe(201);
  return c.post<PublicBookingReply>('/api/v1/bookings', {
    token: h.body.token,
    nik: person.nik,
    fullName: person.fullName ?? 'Warga Uji',
    phone: person.phone ?? '081234567890',
  });
}

export async function slotsOf(c: Client, pointId: number, service = 'recording') {
  return c.get<BookingSlotsReply>(`/api/v1/bookings/slots?pointId=${pointId}&service=${service}&days=2`);
}

export async function takenOf(env: TestEnv, pointId: number, date: string, start: string) {
  const row = await env.handle.db
    .selectFrom('booking_slots')
    .select(['taken', 'capacity'])
    .where('service_point_id', '=', pointId)
    .where('date', '=', date)
    .where('slot_start', '=', start)
    .where('service', '=', 'recording')
    .executeTakeFirstOrThrow();
  return { taken: Number(row.taken), capacity: Number(row.capacity) };
}
