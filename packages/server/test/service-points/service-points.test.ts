import type { CapacityReply, ServicePointList } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { detailFields, expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { auditOf, type PointReply, uptBody } from './helpers';

// 2030-03-04 is a Monday, 2030-03-09 a Saturday: always in the future, so "upcoming" holds them.
const MONDAY = '2030-03-04';
const SATURDAY = '2030-03-09';

describeEachEngine('service points', (env) => {
  it('adds a point, with its audit entry, and lists it in scope', async () => {
    const op = await env().as('bandarlampung.operator');
    const r = await op.post<PointReply>('/api/v1/service-points', uptBody());
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const p = r.body.servicePoint;
    expect(p).toMatchObject({ regionCode: '18.71.01', kind: 'upt', counters: 2, active: true });
    expect(p.hours['1']).toEqual({ open: '08:00', close: '15:00', breakStart: '12:00', breakEnd: '13:00' });
    const audit = await auditOf(env(), 'service_point.create', p.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ username: 'bandarlampung.operator', region_code: '18.71.01' });

    const list = await op.get<ServicePointList>('/api/v1/service-points?region=18.71.01');
    expect(list.body.items.map((i) => i.id)).toContain(p.id);
    const loket = await env().as('bandarlampung.loket');
    expect((await loket.get<PointReply>(`/api/v1/service-points/${p.id}`)).status).toBe(200);
  });

  it('changes a point, auditing the old value', async () => {
    const op = await env().as('bandarlampung.operator');
    const { body } = await op.post<PointReply>('/api/v1/service-points', uptBody({ name: 'UPT Ubah' }));
    const id = body.servicePoint.id;
    const r = await op.patch<PointReply>(`/api/v1/service-points/${id}`, { counters: 4, active: false });
    expect(r.status).toBe(200);
    expect(r.body.servicePoint).toMatchObject({ counters: 4, active: false });
    const [audit] = await auditOf(env(), 'service_point.update', id);
    expect(JSON.parse(audit?.summary ?? '{}')).toMatchObject({ counters: { from: 2, to: 4 } });
  });

  it('records closures and sessions, and counts capacity day by day', async () => {
    const op = await env().as('bandarlampung.operator');
    const { body } = await op.post<PointReply>('/api/v1/service-points', uptBody({ name: 'UPT Kapasitas' }));
    const id = body.servicePoint.id;
    const c = await op.post<PointReply>(`/api/v1/service-points/${id}/closures`, {
      date: '2030-03-05',
      reason: 'Libur nasional',
    });
    expect(c.status).toBe(201);
    expect(c.body.servicePoint.closures).toEqual([
      { id: expect.any(Number), date: '2030-03-05', reason: 'Libur nasional' },
    ]);
    const s = await op.post<PointReply>(`/api/v1/service-points/${id}/sessions`, {
      date: SATURDAY,
      kind: 'weekend',
      start: '08:00',
      end: '10:00',
      counters: 1,
    });
    expect(s.status).toBe(201);
    expect(s.body.servicePoint.sessions).toHaveLength(1);
    expect(await auditOf(env(), 'service_point.closure', id)).toHaveLength(1);
    expect(await auditOf(env(), 'service_point.session', id)).toHaveLength(1);

    const cap = await op.get<CapacityReply>(
      `/api/v1/service-points/${id}/capacity?from=${MONDAY}&to=${SATURDAY}`,
    );
    expect(cap.status).toBe(200);
    const [mon, tue] = cap.body.days;
    expect(mon?.slots).toHaveLength(6); // 08–12 and 13–15, hourly
    expect(mon?.total).toEqual({ recording: 48, printing: 72 }); // 2 counters × 60 ÷ 15 (÷ 10) × 6
    expect(tue).toMatchObject({ closed: 'Libur nasional', slots: [], total: {} });
    const sat = cap.body.days.at(-1);
    expect(sat?.slots.map((x) => x.source)).toEqual(['weekend', 'weekend']);
    expect(sat?.total).toEqual({ recording: 8, printing: 12 });
    expect(cap.body.total.recording).toBe(48 * 4 + 8);
  });

  describe('errors', () => {
    it('refuses an unknown or province-level region, bad hours and a duplicate name', async () => {
      const admin = await env().as('lampung.admin');
      const post = (b: Record<string, unknown>) => admin.post('/api/v1/service-points', uptBody(b));
      expectError(await post({ regionCode: '18' }), 400, 'service_point_region_invalid');
      expectError(await post({ regionCode: '18.71.99' }), 400, 'service_point_region_invalid');
      const hours = expectError(
        await post({
          hours: {
            '1': { open: '15:00', close: '08:00' },
            '2': { open: '08:00', close: '15:00', breakStart: '07:00', breakEnd: '08:30' },
          },
        }),
        400,
        'service_hours_invalid',
      );
      expect(detailFields(hours)).toEqual(['hours.1', 'hours.2']);
      expect((await post({ name: 'UPT Kembar' })).status).toBe(201);
      expectError(await post({ name: 'UPT Kembar' }), 409, 'service_point_name_taken');
    });

    it('refuses a second closure the same day, overlapping sessions and bad ranges', async () => {
      const op = await env().as('bandarlampung.operator');
      const { body } = await op.post<PointReply>('/api/v1/service-points', uptBody({ name: 'UPT Galat' }));
      const base = `/api/v1/service-points/${body.servicePoint.id}`;
      const closure = { date: '2030-03-05', reason: 'Rapat dinas' };
      expect((await op.post(`${base}/closures`, closure)).status).toBe(201);
      expectError(await op.post(`${base}/closures`, closure), 409, 'service_closure_exists');
      const session = { date: MONDAY, kind: 'evening', start: '14:00', end: '17:00', counters: 1 };
      expectError(await op.post(`${base}/sessions`, session), 409, 'service_session_overlaps_hours');
      const late = { ...session, start: '16:00', end: '18:00' };
      expect((await op.post(`${base}/sessions`, late)).status).toBe(201);
      expectError(
        await op.post(`${base}/sessions`, { ...late, start: '17:00', end: '19:00' }),
        409,
        'service_session_overlaps_session',
      );
      // Hours that would swallow the 16:00 session are refused; the session keeps its evening.
      const longMonday = { '1': { open: '08:00', close: '17:00' } };
      expectError(await op.patch(base, { hours: longMonday }), 409, 'service_session_overlaps_hours');
      expectError(
        await op.post(`${base}/sessions`, { ...late, start: '19:00', end: '18:30' }),
        400,
        'service_session_invalid',
      );
      expectError(
        await op.get(`${base}/capacity?from=2030-03-05&to=2030-03-04`),
        400,
        'capacity_range_invalid',
      );
      expectError(
        await op.get(`${base}/capacity?from=2030-03-01&to=2030-04-01`),
        400,
        'capacity_range_invalid',
      );
      expect((await op.get(`${base}/capacity?from=2030-03-01&to=2030-03-31`)).status).toBe(200);
      expectError(await op.get('/api/v1/service-points/999999'), 404, 'service_point_not_found');
    });
  });
});
