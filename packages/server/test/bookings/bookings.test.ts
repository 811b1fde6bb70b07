import type { BookingPointList, PublicBookingReply } from '@sigap/contracts';
import { addDays } from '@sigap/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';
import { book, hold, makePoint, slotsOf, takenOf, tomorrow } from './helpers';

const fresh = buildResident({ fullName: 'WARGA BELUM REKAM' });
const second = buildResident({ fullName: 'WARGA KEDUA' });
const recorded = buildResident({
  fullName: 'WARGA SUDAH REKAM',
  recordingStatus: 'PRINT_READY_RECORD',
  printStatus: 'PRINTED',
});
const deceased = buildResident({ fullName: 'WARGA WAFAT', lifeStatus: 'DECEASED' });
const lombok = buildResident({ fullName: 'WARGA LOMBOK', villageCode: '52.01.01.1001' });

describeEachEngine('online booking', (env) => {
  let pointId = 0;
  beforeAll(async () => {
    await seedResidents(env(), [fresh, second, recorded, deceased, lombok]);
    pointId = await makePoint(env());
  });

  it('lists the point and its slots with room, holds, confirms with code and A-number, and audits', async () => {
    const anon = env().anonymous();
    const points = await anon.get<BookingPointList>('/api/v1/bookings/points?region=18.71');
    expect(points.status).toBe(200);
    expect(points.body.items.find((p) => p.id === pointId)?.services).toEqual(['recording', 'printing']);
    const slots = await slotsOf(anon, pointId);
    expect(slots.status, JSON.stringify(slots.body)).toBe(200);
    expect(slots.body.holdMinutes).toBe(10);
    expect(slots.body.slots.find((s) => s.date === tomorrow() && s.start === '08:00')).toMatchObject({
      capacity: 10,
      free: 10,
    });

    const r = await book(anon, pointId, { nik: fresh.nik, fullName: 'Warga Belum Rekam' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const b = r.body.booking;
    expect(b).toMatchObject({
      status: 'confirmed',
      date: tomorrow(),
      start: '08:00',
      end: '09:00',
      queueNumber: 1,
      queueLabel: 'A-001',
    });
    expect(b.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(b.qr).toBe(`SIGAP:${b.code}`);
    expect(b.nikMasked).not.toContain(fresh.nik.slice(6, 12));
    expect(b.whatsappLink).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(decodeURIComponent(b.whatsappLink)).toContain('Kode booking');
    expect(await takenOf(env(), pointId, tomorrow(), '08:00')).toEqual({ taken: 1, capacity: 10 });
    const audit = await env()
      .handle.db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'booking.create')
      .execute();
    expect(audit.some((a) => a.summary.includes(b.code))).toBe(true);
    const events = await env().handle.db.selectFrom('booking_events').select('event').execute();
    expect(events.map((e) => e.event)).toContain('confirmed');

    const look = await anon.post<PublicBookingReply>('/api/v1/bookings/lookup', {
      nik: fresh.nik,
      code: `${b.code.slice(0, 4)}-${b.code.slice(4)}`,
    });
    expect(look.status).toBe(200);
    expect(look.body.booking).toMatchObject({ code: b.code, canCancel: true, canReschedule: true });
    expectError(
      await anon.post('/api/v1/bookings/lookup', { nik: second.nik, code: b.code }),
      404,
      'booking_not_found',
    );

    const pdf = await env().app.inject({
      method: 'POST',
      url: '/api/v1/bookings/invitation',
      payload: { nik: fresh.nik, code: b.code, format: 'pdf' },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const ics = await env().app.inject({
      method: 'POST',
      url: '/api/v1/bookings/invitation',
      payload: { nik: fresh.nik, code: b.code, format: 'ics' },
    });
    expect(ics.statusCode).toBe(200);
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect(ics.body).toContain(`UID:booking-${b.code}@sigap`);
  });

  it('refuses a second active booking for the same NIK and service, and frees the seat on cancel', async () => {
    const anon = env().anonymous();
    const first = await book(anon, pointId, { nik: second.nik }, { start: '09:00' });
    expect(first.status).toBe(201);
    expectError(
      await book(anon, pointId, { nik: second.nik }, { start: '09:00' }),
      409,
      'booking_already_active',
    );
    expect((await takenOf(env(), pointId, tomorrow(), '09:00')).taken).toBe(2); // the refused hold still holds
    const code = first.body.booking.code;
    const c = await anon.post<PublicBookingReply>('/api/v1/bookings/cancel', { nik: second.nik, code });
    expect(c.status, JSON.stringify(c.body)).toBe(200);
    expect(c.body.booking.status).toBe('cancelled');
    expect((await takenOf(env(), pointId, tomorrow(), '09:00')).taken).toBe(1);
    expectError(
      await anon.post('/api/v1/bookings/cancel', { nik: second.nik, code }),
      409,
      'booking_not_active',
    );
    // Cancelled: the NIK may book the service again.
    expect((await book(anon, pointId, { nik: second.nik }, { start: '09:00' })).status).toBe(201);
  });

  describe('the registry’s refusals', () => {
    it('refuses an invalid NIK, a region the point does not serve, a recorded and a deceased resident', async () => {
      const anon = env().anonymous();
      const bad = expectError(
        await book(anon, pointId, { nik: '1871011705900000' }),
        400,
        'booking_nik_invalid',
      );
      expect(bad.message).toContain('NIK');
      expectError(await book(anon, pointId, { nik: lombok.nik }), 409, 'booking_region_not_served');
      const rec = expectError(
        await book(anon, pointId, { nik: recorded.nik }),
        409,
        'booking_already_recorded',
      );
      expect(rec.details?.[0]).toMatchObject({
        field: 'printStatus',
        code: 'PRINTED',
        message: 'Sudah cetak',
      });
      expect(rec.message).toContain('tidak perlu merekam lagi');
      expectError(await book(anon, pointId, { nik: deceased.nik }), 409, 'booking_resident_deceased');
      // A recorded resident may still book printing.
      expect((await book(anon, pointId, { nik: recorded.nik }, { service: 'printing' })).status).toBe(201);
    });

    it('answers a replayed confirm with the same booking, and refuses an unknown hold or slot', async () => {
      const anon = env().anonymous();
      const r = buildResident({});
      await seedResidents(env(), [r]);
      const h = await hold(anon, pointId);
      const body = { token: h.body.token, nik: r.nik, fullName: 'Warga Ulang', phone: '081234500000' };
      const a = await anon.post<PublicBookingReply>('/api/v1/bookings', body);
      const b = await anon.post<PublicBookingReply>('/api/v1/bookings', body);
      expect(a.status).toBe(201);
      expect(b.body.booking.code).toBe(a.body.booking.code);
      expectError(
        await anon.post('/api/v1/bookings', { ...body, token: 'x'.repeat(24) }),
        404,
        'booking_hold_not_found',
      );
      expectError(await hold(anon, pointId, tomorrow(), '08:30'), 400, 'booking_slot_not_offered');
      expectError(
        await hold(anon, pointId, tomorrow(), '08:00', 'data_change'),
        400,
        'booking_service_not_offered',
      );
    });
  });

  it('gives a released hold’s seat back at once, and refuses a move to a point that does not serve the resident', async () => {
    const anon = env().anonymous();
    const date = tomorrow();
    const before = (await takenOf(env(), pointId, date, '09:00')).taken;
    const h = await hold(anon, pointId, date, '09:00');
    expect((await takenOf(env(), pointId, date, '09:00')).taken).toBe(before + 1);
    const rel = await anon.post<{ released: boolean }>('/api/v1/bookings/holds/release', {
      token: h.body.token,
    });
    expect(rel.body).toEqual({ released: true });
    expect(
      (await anon.post<{ released: boolean }>('/api/v1/bookings/holds/release', { token: h.body.token }))
        .body,
    ).toEqual({ released: false });
    expect((await takenOf(env(), pointId, date, '09:00')).taken).toBe(before);

    const mover = buildResident({ fullName: 'WARGA PINDAH' });
    await seedResidents(env(), [mover]);
    const r = await book(anon, pointId, { nik: mover.nik }, { date: addDays(date, 1) });
    expect(r.status).toBe(201);
    const far = await makePoint(env(), { regionCode: '18.72.01', name: 'UPT Jauh' }, 'lampung.admin');
    const farHold = await hold(anon, far, addDays(date, 1));
    expect(farHold.status).toBe(201);
    expectError(
      await anon.post('/api/v1/bookings/reschedule', {
        nik: mover.nik,
        code: r.body.booking.code,
        token: farHold.body.token,
      }),
      409,
      'booking_region_not_served',
    );
  });

  it('replays a hold sent twice with the same Idempotency-Key: one seat, one token', async () => {
    const anon = env().anonymous();
    const date = addDays(tomorrow(), 5);
    const key = 'booking-hold-retry-000000000001';
    const body = { pointId, service: 'recording', date, start: '08:00' };
    const a = await anon.post<{ token: string }>('/api/v1/bookings/holds', body, {
      headers: { 'Idempotency-Key': key },
    });
    const b = await anon.post<{ token: string }>('/api/v1/bookings/holds', body, {
      headers: { 'Idempotency-Key': key },
    });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.body.token).toBe(a.body.token);
    expect((await takenOf(env(), pointId, date, '08:00')).taken).toBe(1);
  });
});
