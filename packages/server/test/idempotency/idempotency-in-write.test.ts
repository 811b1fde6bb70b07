import { randomUUID } from 'node:crypto';
import type { HoldReply, PublicBookingReply } from '@sigap/contracts';
import { beforeAll, expect, it } from 'vitest';
import { hold, makePoint, tomorrow } from '../bookings/helpers';
import { clientFor } from '../helpers/client';
import { expectError } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';
import { keyRowOf } from './helpers';

const KEY = 'idempotency-key';
const residents = Array.from({ length: 4 }, (_, i) => buildResident({ fullName: `WARGA KUNCI ${i}` }));

/**
 * The booking's hold and confirmation claim their Idempotency-Key inside their own transaction
 * (`idempotency: 'in-write'`): the same guarantees as a key claimed before the handler, and a key stored
 * only when the write committed.
 */
describeEachEngine('idempotency keys claimed in the write', (env) => {
  let pointId = 0;
  let ip = 0;
  beforeAll(async () => {
    await seedResidents(env(), residents);
    pointId = await makePoint(env());
  });
  /** A client of its own address per test, so the per-address limits never get in the way. */
  const resident = () => clientFor(env().app, `10.9.0.${++ip}`);
  const keyRow = (key: string) => keyRowOf(env().handle.db, key);
  /** Seats taken in tomorrow's slot at `start` (its row is made by the first hold). */
  const holdsOf = async (start: string) => {
    const row = await env()
      .handle.db.selectFrom('booking_slots')
      .select('taken')
      .where('service_point_id', '=', pointId)
      .where('date', '=', tomorrow())
      .where('slot_start', '=', start)
      .executeTakeFirst();
    return Number(row?.taken ?? 0);
  };
  const holdBody = (start: string) => ({ pointId, service: 'recording', date: tomorrow(), start });

  it('replays a hold: one seat taken, the same token answered', async () => {
    const c = resident();
    const headers = { [KEY]: randomUUID() };
    const before = await holdsOf('08:00');
    const first = await c.post<HoldReply>('/api/v1/bookings/holds', holdBody('08:00'), { headers });
    expect(first.status).toBe(201);
    const again = await c.post<HoldReply>('/api/v1/bookings/holds', holdBody('08:00'), { headers });
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await holdsOf('08:00')).toBe(before + 1);
    expect((await keyRow(headers[KEY]))?.status_code).toBe(201);
  });

  it('runs a hold once when three identical requests race', async () => {
    const c = resident();
    const headers = { [KEY]: randomUUID() };
    const before = await holdsOf('09:00');
    const answers = await Promise.all(
      [1, 2, 3].map(() => c.post<HoldReply>('/api/v1/bookings/holds', holdBody('09:00'), { headers })),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.token)).size).toBe(1);
    expect(await holdsOf('09:00')).toBe(before + 1);
  });

  it('replays a confirmation: one booking, the same code', async () => {
    const c = resident();
    const h = await hold(c, pointId, tomorrow(), '09:00');
    expect(h.status).toBe(201);
    const body = {
      token: h.body.token,
      nik: residents[0]?.nik,
      fullName: 'Warga Kunci',
      phone: '081234567801',
    };
    const headers = { [KEY]: randomUUID() };
    const [a, b] = await Promise.all([
      c.post<PublicBookingReply>('/api/v1/bookings', body, { headers }),
      c.post<PublicBookingReply>('/api/v1/bookings', body, { headers }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.booking.code).toBe(a.body.booking.code);
    const again = await c.post<PublicBookingReply>('/api/v1/bookings', body, { headers });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(a.body);
    const stored = await env()
      .handle.db.selectFrom('bookings')
      .select('code')
      .where('nik', '=', residents[0]?.nik ?? '')
      .execute();
    expect(stored).toHaveLength(1);
  });

  it('stores the answer byte for byte with the write, and a refusal that came after a write', async () => {
    const c = resident();
    const headers = { [KEY]: randomUUID() };
    const first = await c.post<HoldReply>('/api/v1/bookings/holds', holdBody('08:00'), { headers });
    expect((await keyRow(headers[KEY]))?.response_body).toBe(JSON.stringify(first.body));
    // A full slot: the attempt is counted (a write), so the refusal is kept and replayed.
    const full = await makePoint(env(), { counters: 1, services: { recording: 60 } });
    const body = { pointId: full, service: 'recording', date: tomorrow(), start: '08:00' };
    expect((await resident().post('/api/v1/bookings/holds', body)).status).toBe(201);
    const late = { [KEY]: randomUUID() };
    expectError(await c.post('/api/v1/bookings/holds', body, { headers: late }), 409, 'booking_slot_full');
    expect((await keyRow(late[KEY]))?.status_code).toBe(409);
    const again = await c.post('/api/v1/bookings/holds', body, { headers: late });
    expectError(again, 409, 'booking_slot_full');
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('stores no key for a refusal that wrote nothing: a retry runs again', async () => {
    const c = resident();
    const headers = { [KEY]: randomUUID() };
    const body = { pointId, service: 'recording', date: tomorrow(), start: '07:00' };
    expectError(await c.post('/api/v1/bookings/holds', body, { headers }), 400, 'booking_slot_not_offered');
    expect(await keyRow(headers[KEY])).toBeUndefined();
    const again = await c.post('/api/v1/bookings/holds', body, { headers });
    expectError(again, 400, 'booking_slot_not_offered');
    expect(again.headers['idempotent-replayed']).toBeUndefined();
  });

  it('refuses the same key with another body, and writes nothing for it', async () => {
    const c = resident();
    const headers = { [KEY]: randomUUID() };
    expect((await c.post('/api/v1/bookings/holds', holdBody('08:00'), { headers })).status).toBe(201);
    const before = await holdsOf('09:00');
    expectError(
      await c.post('/api/v1/bookings/holds', holdBody('09:00'), { headers }),
      422,
      'idempotency_key_reused',
    );
    expect(await holdsOf('09:00')).toBe(before);
  });

  it('never runs again a write whose answer was lost: the retry is told to look at the data', async () => {
    const c = resident();
    const headers = { [KEY]: randomUUID() };
    expect((await c.post('/api/v1/bookings/holds', holdBody('08:00'), { headers })).status).toBe(201);
    // What a crash between the commit and the answer leaves: the claim the write committed, no answer.
    await env()
      .handle.db.updateTable('idempotency_keys')
      .set({ status_code: null, response_body: null, completed_at: null })
      .set({ created_at: new Date(Date.now() - 10 * 60_000).toISOString() })
      .where('key', '=', headers[KEY])
      .execute();
    const before = await holdsOf('08:00');
    expectError(
      await c.post('/api/v1/bookings/holds', holdBody('08:00'), { headers }),
      409,
      'idempotency_outcome_unknown',
    );
    expect(await holdsOf('08:00')).toBe(before);
  });
});
