import type { ResidentDetail, ResidentListItem } from '@sigap/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../helpers/client';
import { createUserVia, expectError } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { residentId, seedResidents } from './seed-residents';

interface ResidentPage {
  items: ResidentListItem[];
  total: number;
}

const kota = buildResident({ fullName: 'WARGA KOTA SCOPE', villageCode: '18.71.01.1005' });
const selatan = buildResident({ fullName: 'WARGA SELATAN SCOPE', villageCode: '18.01.04.2001' });
const lombok = buildResident({ fullName: 'WARGA LOMBOK SCOPE', villageCode: '52.01.01.1001' });
const OUTSIDE_KOTA = [selatan, lombok];

async function row(env: TestEnv, nik: string) {
  return env.handle.db.selectFrom('residents').selectAll().where('nik', '=', nik).executeTakeFirstOrThrow();
}

async function viewAudits(env: TestEnv, id: number): Promise<number> {
  const r = await env.handle.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', 'resident.view')
    .where('entity_id', '=', String(id))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describeEachEngine('residents scopes', (env) => {
  beforeAll(async () => {
    await seedResidents(env(), [kota, selatan, lombok]);
  });

  describe('bandarlampung.operator (operator_kabkota, 18.71)', () => {
    it('finds its own residents but not those of 18.01 or 52.01', async () => {
      const op = await env().as('bandarlampung.operator');
      const mine = await op.get<ResidentPage>(`/api/v1/residents?nik=${kota.nik}`);
      expect(mine.body.total).toBe(1);
      for (const r of OUTSIDE_KOTA) {
        const byNik = await op.get<ResidentPage>(`/api/v1/residents?nik=${r.nik}`);
        expect(byNik.status).toBe(200);
        expect(byNik.body).toMatchObject({ items: [], total: 0 });
      }
      const byName = await op.get<ResidentPage>('/api/v1/residents?q=scope');
      expect(byName.body.items.map((i) => i.fullName)).toEqual(['WARGA KOTA SCOPE']);
      expect(byName.body.total).toBe(1);
    });

    it('cannot open or change residents outside 18.71 (404 as if unknown), and nothing is logged or changed', async () => {
      const op = await env().as('bandarlampung.operator');
      for (const r of OUTSIDE_KOTA) {
        const id = await residentId(env(), r.nik);
        const before = await row(env(), r.nik);
        const views = await viewAudits(env(), id);
        const err = expectError(await op.get(`/api/v1/residents/${id}`), 404, 'resident_not_found');
        expect(JSON.stringify(err)).not.toContain(r.nik);
        expect(JSON.stringify(err)).not.toContain(r.villageCode);
        expectError(
          await op.patch(`/api/v1/residents/${id}`, { recordingStatus: 'BIO_CAPTURED' }),
          404,
          'resident_not_found',
        );
        expect(await row(env(), r.nik)).toEqual(before);
        expect(await viewAudits(env(), id)).toBe(views);
      }
    });

    it('is refused a region filter outside 18.71', async () => {
      const op = await env().as('bandarlampung.operator');
      for (const region of ['52', '52.01', '18.01', '18', 'ID']) {
        expectError(await op.get(`/api/v1/residents?region=${region}`), 403, 'out_of_scope');
      }
    });
  });

  describe('lampung.pimpinan (pimpinan, 18): aggregates only', () => {
    it('is forbidden to search, open or change residents', async () => {
      const boss = await env().as('lampung.pimpinan');
      const id = await residentId(env(), kota.nik);
      expectError(await boss.get(`/api/v1/residents?nik=${kota.nik}`), 403, 'forbidden');
      expectError(await boss.get('/api/v1/residents?region=18.71'), 403, 'forbidden');
      expectError(await boss.get(`/api/v1/residents/${id}`), 403, 'forbidden');
      expectError(
        await boss.patch(`/api/v1/residents/${id}`, { recordingStatus: 'BIO_CAPTURED' }),
        403,
        'forbidden',
      );
      expect((await row(env(), kota.nik)).recording_status).toBe('UNREGISTERED');
    });
  });

  describe('verifikator (KPU officer)', () => {
    it('is forbidden to search, open or change residents', async () => {
      const admin = await env().as('admin');
      const user = await createUserVia(admin, { role: 'verifikator', regionCode: '18.71' });
      const kpu = clientFor(env().app, '10.0.0.9');
      expect((await kpu.login(user.username, user.password)).status).toBe(200);
      const id = await residentId(env(), kota.nik);
      expectError(await kpu.get(`/api/v1/residents?nik=${kota.nik}`), 403, 'forbidden');
      expectError(await kpu.get(`/api/v1/residents/${id}`), 403, 'forbidden');
      expectError(
        await kpu.patch(`/api/v1/residents/${id}`, { recordingStatus: 'BIO_CAPTURED' }),
        403,
        'forbidden',
      );
    });
  });

  describe('lampung.admin (admin_provinsi, 18)', () => {
    it('reads residents of 18 but not of 52', async () => {
      const admin = await env().as('lampung.admin');
      const search = await admin.get<ResidentPage>('/api/v1/residents?q=scope');
      expect(search.body.items.map((i) => i.fullName)).toEqual(['WARGA KOTA SCOPE', 'WARGA SELATAN SCOPE']);
      const id = await residentId(env(), selatan.nik);
      const detail = await admin.get<{ resident: ResidentDetail }>(`/api/v1/residents/${id}`);
      expect(detail.status).toBe(200);
      expect(detail.body.resident.nik).toBe(selatan.nik);
      expectError(
        await admin.get(`/api/v1/residents/${await residentId(env(), lombok.nik)}`),
        404,
        'resident_not_found',
      );
      expectError(await admin.get('/api/v1/residents?region=52'), 403, 'out_of_scope');
    });

    it('may not change a resident (403 forbidden)', async () => {
      const admin = await env().as('lampung.admin');
      const id = await residentId(env(), kota.nik);
      const before = await row(env(), kota.nik);
      expectError(
        await admin.patch(`/api/v1/residents/${id}`, { recordingStatus: 'BIO_CAPTURED' }),
        403,
        'forbidden',
      );
      expect(await row(env(), kota.nik)).toEqual(before);
    });
  });

  describe('anonymous', () => {
    it('gets 401 not_authenticated everywhere', async () => {
      const anon = env().anonymous();
      const id = await residentId(env(), kota.nik);
      expectError(await anon.get(`/api/v1/residents?nik=${kota.nik}`), 401, 'not_authenticated');
      expectError(await anon.get('/api/v1/residents'), 401, 'not_authenticated');
      expectError(await anon.get(`/api/v1/residents/${id}`), 401, 'not_authenticated');
      expectError(
        await anon.patch(`/api/v1/residents/${id}`, { recordingStatus: 'BIO_CAPTURED' }),
        401,
        'not_authenticated',
      );
    });
  });
});
