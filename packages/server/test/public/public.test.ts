import type { CoverageResponse } from '@sigap/contracts';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATE, seedExportResidents } from '../exports/export-fixtures';
import { rawClient } from '../exports/raw-client';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';

const url = (region: string, query = `date=${DATE}`) => `/api/public/coverage?region=${region}&${query}`;

describeEachEngine('public dashboard', (env) => {
  beforeAll(async () => {
    await seedExportResidents(env());
  });

  describe('coverage', () => {
    for (const region of ['18', '18.71']) {
      it(`answers ${region} without a login, with the same figures as the dashboard`, async () => {
        const anon = await rawClient(env().app);
        const r = await anon.get(url(region));
        expect(r.status, r.text.slice(0, 300)).toBe(200);
        expect(r.headers['set-cookie']).toBeUndefined();
        const inside = await (await env().as('lampung.admin')).get<CoverageResponse>(
          `/api/v1/coverage?region=${region}&date=${DATE}`,
        );
        // The same figures; the public answer also says when they were read ("Data per …"). Suket
        // figures (issue 14) are the office's: the public answer leaves them out.
        const { readAt, ...figures } = r.body as CoverageResponse;
        const withoutSukets = ({ sukets: _s, ...row }: CoverageResponse['region']) => row;
        expect(figures.region.sukets).toBeUndefined();
        // `freshness` (where the office's answer was read) is the office's too.
        const { freshness: _f, ...insideFigures } = inside.body;
        expect(figures).toEqual({
          ...insideFigures,
          region: withoutSukets(inside.body.region),
          children: inside.body.children.map(withoutSukets),
        });
        expect(typeof readAt).toBe('string');
      });
    }

    it('refuses a reference date before e-KTP recording began, in both languages', async () => {
      const admin = await env().as('lampung.admin');
      const body = expectError(
        await admin.get('/api/v1/coverage?region=18&date=2010-12-31'),
        400,
        'reference_date_too_early',
      );
      expect(body.message).toContain('2011-01-01');
      expect(body.messageEn).toContain('2011-01-01');
      expect((await admin.get('/api/v1/coverage?region=18&date=2011-01-01')).status).toBe(200);
    });

    it('shows a district without listing its villages', async () => {
      const r = await (await rawClient(env().app)).get(url('18.71.01'));
      expect(r.status).toBe(200);
      const body = r.body as CoverageResponse;
      expect(body.region).toMatchObject({ code: '18.71.01', level: 'district' });
      expect(body.region.figures.population).toBeGreaterThan(0);
      expect(body.children).toEqual([]);
    });

    it('carries no name and no NIK: only aggregate fields, never a 16-digit number', async () => {
      const nikShaped = /(?<![\d.])\d{16}(?!\d)/;
      expect(JSON.stringify({ nik: '1871015705900001' })).toMatch(nikShaped);
      const anon = await rawClient(env().app);
      for (const region of ['18', '18.71', '18.71.01']) {
        const r = await anon.get(url(region));
        // A NIK is a standalone 16-digit integer; the long fractions of a ratio (0.3333333333333333) are not.
        expect(r.text).not.toMatch(nikShaped);
        expect(r.text).not.toContain('PENDUDUK UJI');
        const body = r.body as CoverageResponse;
        expect(Object.keys(body.region).sort()).toEqual(['code', 'figures', 'level', 'name']);
      }
    });

    it('refuses a village (400 region_not_public) and an unknown region (404 region_not_found)', async () => {
      const anon = await rawClient(env().app);
      expectError(await anon.get(url('18.71.01.1003')), 400, 'region_not_public');
      expectError(await anon.get(url('18.99')), 404, 'region_not_found');
      expectError(await anon.get(url('18.71', 'date=2024-02-31x')), 400, 'validation_failed');
    });

    it('takes an election as the reference date', async () => {
      const anon = await rawClient(env().app);
      const elections = await anon.get('/api/public/elections');
      expect(elections.status).toBe(200);
      const items = (elections.body as { items: { id: number; name: string; votingDate: string }[] }).items;
      const pemilu = items.find((e) => e.name === 'Pemilu 2024');
      expect(pemilu?.votingDate).toBe('2024-02-14');
      const r = await anon.get(url('18.71', `election=${pemilu?.id}`));
      expect(r.status).toBe(200);
      expect((r.body as CoverageResponse).referenceDate).toBe('2024-02-14');
      expect((r.body as CoverageResponse).election?.name).toBe('Pemilu 2024');
    });
  });

  describe('caching', () => {
    it('is publicly cacheable for five minutes, with an ETag that answers 304', async () => {
      const anon = await rawClient(env().app);
      const first = await anon.get(url('18.71'));
      expect(first.headers['cache-control']).toBe('public, max-age=300');
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await anon.get(url('18.71'), { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.raw.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      const other = await anon.get(url('18.71', 'date=2024-11-27'));
      expect(other.headers.etag).not.toBe(etag);
      expect((await anon.get(url('18.71'), { 'if-none-match': '"stale"' })).status).toBe(200);
      const elections = await anon.get('/api/public/elections');
      expect(elections.headers['cache-control']).toBe('public, max-age=300');
      expect(elections.headers.etag).toBeTruthy();
    });
  });

  describe('switching off', () => {
    afterEach(async () => {
      delete process.env.SIGAP_PUBLIC_DASHBOARD;
      await (await rawClient(env().app, 'admin')).put('/api/v1/settings/public-dashboard', { enabled: true });
    });

    it('the superadmin turns it off: 404 public_dashboard_disabled, audited, and back on', async () => {
      const admin = await rawClient(env().app, 'admin');
      const off = await admin.put('/api/v1/settings/public-dashboard', { enabled: false });
      expect(off.body).toEqual({ enabled: false, setting: false, environment: true });
      const anon = await rawClient(env().app);
      expectError(await anon.get(url('18.71')), 404, 'public_dashboard_disabled');
      expectError(await anon.get('/api/public/elections'), 404, 'public_dashboard_disabled');
      // Switched off means off whatever is asked, including a malformed query.
      expectError(await anon.get('/api/public/coverage?region=x'), 404, 'public_dashboard_disabled');
      const audit = await env()
        .handle.db.selectFrom('audit_log')
        .select(['username', 'region_code'])
        .where('action', '=', 'settings.update')
        .where('entity_id', '=', 'ID:public_dashboard')
        .executeTakeFirstOrThrow();
      expect(audit).toEqual({ username: 'admin', region_code: 'ID' });
      await admin.put('/api/v1/settings/public-dashboard', { enabled: true });
      expect((await anon.get(url('18.71'))).status).toBe(200);
    });

    it('SIGAP_PUBLIC_DASHBOARD=false wins over the setting', async () => {
      process.env.SIGAP_PUBLIC_DASHBOARD = 'false';
      const anon = await rawClient(env().app);
      expectError(await anon.get(url('18.71')), 404, 'public_dashboard_disabled');
      const state = await (await rawClient(env().app, 'lampung.admin')).get(
        '/api/v1/settings/public-dashboard',
      );
      expect(state.body).toEqual({ enabled: false, setting: true, environment: false });
    });
  });
});
