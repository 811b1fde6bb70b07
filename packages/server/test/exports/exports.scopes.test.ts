import { beforeAll, describe, expect, it } from 'vitest';
import { createUserVia, expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { BANDAR_LAMPUNG_LETTERHEAD, DATE, LAMPUNG_LETTERHEAD, seedExportResidents } from './export-fixtures';
import { rawClient } from './raw-client';

const EXPORTS = [
  (region: string) => `/api/v1/exports/coverage.xlsx?region=${region}&date=${DATE}`,
  (region: string) => `/api/v1/exports/situation-report.pdf?region=${region}&date=${DATE}`,
  (region: string) => `/api/v1/exports/daily-reports.xlsx?region=${region}&date=${DATE}`,
];
const LETTERHEAD = '/api/v1/settings/letterhead';

describeEachEngine('exports scopes', (env) => {
  beforeAll(async () => {
    await seedExportResidents(env());
  });

  describe('bandarlampung.operator (operator_kabkota, 18.71)', () => {
    it('exports its own regency', async () => {
      const op = await rawClient(env().app, 'bandarlampung.operator');
      for (const url of EXPORTS) expect((await op.get(url('18.71'))).status, url('18.71')).toBe(200);
    });

    it('is refused another regency and another province (403 out_of_scope)', async () => {
      const op = await rawClient(env().app, 'bandarlampung.operator');
      for (const region of ['18.01', '52', '18']) {
        for (const url of EXPORTS) expectError(await op.get(url(region)), 403, 'out_of_scope');
      }
    });

    it("changes its own city's letterhead, audited; not another regency's nor the province's (403 out_of_scope)", async () => {
      const op = await rawClient(env().app, 'bandarlampung.operator');
      const own = { ...BANDAR_LAMPUNG_LETTERHEAD, signerName: 'OPERATOR KOTA UJI' };
      const put = await op.put(LETTERHEAD, { scope: '18.71', letterhead: own });
      expect(put.status, put.text.slice(0, 300)).toBe(200);
      expect(put.body).toMatchObject({ scope: '18.71', isDefault: false, letterhead: own });
      const audit = await env()
        .handle.db.selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'settings.update')
        .where('entity_id', '=', '18.71:letterhead')
        .executeTakeFirstOrThrow();
      expect(audit).toMatchObject({ region_code: '18.71', username: 'bandarlampung.operator' });
      for (const scope of ['18.01', '18', '52.01']) {
        expectError(await op.put(LETTERHEAD, { scope, letterhead: own }), 403, 'out_of_scope');
      }
      expect((await op.get(`${LETTERHEAD}?scope=18`)).status).toBe(200);
      // The kop is the only office setting an operator may change.
      expectError(
        await op.put('/api/v1/settings/report-cutoff', { scope: '18.71', hour: 15 }),
        403,
        'forbidden',
      );
    });
  });

  describe('lampung.pimpinan (pimpinan, 18)', () => {
    it('may export (read only) across the province, not NTB', async () => {
      const boss = await rawClient(env().app, 'lampung.pimpinan');
      for (const url of EXPORTS) {
        expect((await boss.get(url('18'))).status, url('18')).toBe(200);
        expectError(await boss.get(url('52')), 403, 'out_of_scope');
      }
      expectError(
        await boss.put(LETTERHEAD, { scope: '18', letterhead: LAMPUNG_LETTERHEAD }),
        403,
        'forbidden',
      );
    });
  });

  describe('ntb.admin (admin_provinsi, 52)', () => {
    it("changes NTB's letterhead but not Lampung's (403 out_of_scope)", async () => {
      const ntb = await rawClient(env().app, 'ntb.admin');
      const own = { ...LAMPUNG_LETTERHEAD, officeLines: ['PEMERINTAH PROVINSI NUSA TENGGARA BARAT'] };
      expect((await ntb.put(LETTERHEAD, { scope: '52', letterhead: own })).status).toBe(200);
      expectError(
        await ntb.put(LETTERHEAD, { scope: '18', letterhead: LAMPUNG_LETTERHEAD }),
        403,
        'out_of_scope',
      );
      expectError(await ntb.get(`${LETTERHEAD}?scope=18`), 403, 'out_of_scope');
      expect((await ntb.put(LETTERHEAD, { scope: '52.01', letterhead: own })).status).toBe(200);
      expectError(
        await ntb.put(LETTERHEAD, { scope: '18.71', letterhead: LAMPUNG_LETTERHEAD }),
        403,
        'out_of_scope',
      );
      expectError(await ntb.get(EXPORTS[0]?.('18.71') ?? ''), 403, 'out_of_scope');
    });
  });

  describe('verifikator', () => {
    it('is forbidden every export, even inside its region', async () => {
      const admin = await env().as('admin');
      const user = await createUserVia(admin, { role: 'verifikator', regionCode: '18.71' });
      const kpu = await rawClient(env().app);
      const login = await env().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: user.username, password: user.password },
      });
      expect(login.statusCode).toBe(200);
      const cookie = String([login.headers['set-cookie']].flat()[0]).split(';')[0] ?? '';
      for (const url of EXPORTS) {
        const r = await kpu.get(url('18.71'), { cookie });
        expectError(r, 403, 'forbidden');
      }
    });
  });

  describe('anonymous', () => {
    it('gets 401 not_authenticated for exports and settings', async () => {
      const anon = await rawClient(env().app);
      for (const url of EXPORTS) expectError(await anon.get(url('18.71')), 401, 'not_authenticated');
      expectError(await anon.get(`${LETTERHEAD}?scope=18`), 401, 'not_authenticated');
    });
  });

  describe('the public dashboard switch', () => {
    it('is only for national scope: a province admin is refused (403 out_of_scope)', async () => {
      const admin = await rawClient(env().app, 'lampung.admin');
      expectError(
        await admin.put('/api/v1/settings/public-dashboard', { enabled: false }),
        403,
        'out_of_scope',
      );
      const op = await rawClient(env().app, 'bandarlampung.operator');
      expectError(await op.put('/api/v1/settings/public-dashboard', { enabled: false }), 403, 'forbidden');
    });
  });
});
