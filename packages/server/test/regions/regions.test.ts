import type { Region, RegionWithPath } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { loadOfficialRegions } from '../../src/modules/regions/regions.loader';
import { detailFields, expectError } from '../helpers/factories';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';

interface RegionDetail {
  region: Region;
  ancestors: Region[];
}

async function countRegions(env: TestEnv, prefix?: string): Promise<number> {
  let q = env.handle.db.selectFrom('regions').select((eb) => eb.fn.countAll<number>().as('n'));
  if (prefix) q = q.where('code', 'like', `${prefix}.%`);
  const r = await q.executeTakeFirstOrThrow();
  return Number(r.n);
}

describeEachEngine('regions', (env) => {
  describe('one region', () => {
    it('returns a district with its ancestors, root first', async () => {
      const client = await env().as('lampung.admin');
      const r = await client.get<RegionDetail>('/api/v1/regions/18.71.01');
      expect(r.status).toBe(200);
      expect(r.body.region).toEqual({
        code: '18.71.01',
        name: 'Kedaton',
        level: 'district',
        parentCode: '18.71',
      });
      expect(r.body.ancestors).toEqual([
        { code: 'ID', name: 'Indonesia', level: 'country', parentCode: null },
        { code: '18', name: 'Lampung', level: 'province', parentCode: 'ID' },
        { code: '18.71', name: 'Kota Bandar Lampung', level: 'regency', parentCode: '18' },
      ]);
    });

    it('returns the national root with no ancestors', async () => {
      const client = await env().as('admin');
      const r = await client.get<RegionDetail>('/api/v1/regions/ID');
      expect(r.status).toBe(200);
      expect(r.body).toEqual({
        region: { code: 'ID', name: 'Indonesia', level: 'country', parentCode: null },
        ancestors: [],
      });
    });

    it('refuses a malformed code with a validation detail for code', async () => {
      const client = await env().as('admin');
      for (const bad of ['18.7', 'abc', '18.71.01.01', '1871']) {
        const body = expectError(await client.get(`/api/v1/regions/${bad}`), 400, 'validation_failed');
        expect(detailFields(body), bad).toContain('code');
        const detail = body.details?.find((d) => d.field === 'code');
        expect(detail?.message).toBe('Kode wilayah tidak valid.');
        expect(detail?.messageEn).toBe('Invalid region code.');
      }
    });

    it('answers 404 region_not_found for a well-formed code that does not exist', async () => {
      const client = await env().as('admin');
      const body = expectError(await client.get('/api/v1/regions/18.99'), 404, 'region_not_found');
      expect(body.message).toContain('18.99');
      expectError(await client.get('/api/v1/regions/18.71.01.9999'), 404, 'region_not_found');
    });
  });

  describe('children', () => {
    it('lists the districts of Kota Bandar Lampung sorted by code', async () => {
      const client = await env().as('lampung.admin');
      const r = await client.get<{ items: Region[] }>('/api/v1/regions?parent=18.71');
      expect(r.status).toBe(200);
      const codes = r.body.items.map((i) => i.code);
      expect(codes).toHaveLength(20);
      expect(codes).toEqual([...codes].sort());
      expect(codes[0]).toBe('18.71.01');
      expect(r.body.items.every((i) => i.level === 'district' && i.parentCode === '18.71')).toBe(true);
      expect(r.body.items.every((i) => /^18\.71\.\d{2}$/.test(i.code))).toBe(true);
    });

    it("lists a district's villages", async () => {
      const client = await env().as('lampung.admin');
      const r = await client.get<{ items: Region[] }>('/api/v1/regions?parent=18.71.01');
      expect(r.status).toBe(200);
      expect(r.body.items.length).toBeGreaterThan(0);
      for (const v of r.body.items) {
        expect(v.code).toMatch(/^18\.71\.01\.\d{4}$/);
        expect(v.level).toBe('village');
        expect(v.parentCode).toBe('18.71.01');
      }
      const codes = r.body.items.map((i) => i.code);
      expect(codes).toEqual([...codes].sort());
    });

    it('lists the provinces under ID for the superadmin (only the loaded ones)', async () => {
      const client = await env().as('admin');
      const r = await client.get<{ items: Region[] }>('/api/v1/regions?parent=ID');
      expect(r.body.items.map((i) => [i.code, i.level])).toEqual([
        ['18', 'province'],
        ['52', 'province'],
      ]);
    });

    it('answers 404 for children of a code that does not exist', async () => {
      const client = await env().as('admin');
      expectError(await client.get('/api/v1/regions?parent=18.99'), 404, 'region_not_found');
    });

    it('refuses a request with neither parent nor q', async () => {
      const client = await env().as('admin');
      const body = expectError(await client.get('/api/v1/regions'), 400, 'validation_failed');
      expect(body.details?.length).toBeGreaterThan(0);
      expect(detailFields(body)).toContain('parent');
    });

    it('refuses a malformed parent code and a one-letter search', async () => {
      const client = await env().as('admin');
      expect(
        detailFields(expectError(await client.get('/api/v1/regions?parent=18-71'), 400, 'validation_failed')),
      ).toContain('parent');
      expect(
        detailFields(expectError(await client.get('/api/v1/regions?q=b'), 400, 'validation_failed')),
      ).toContain('q');
    });
  });

  describe('search', () => {
    it('finds Kota Bandar Lampung with its path', async () => {
      const client = await env().as('lampung.admin');
      const r = await client.get<{ items: RegionWithPath[] }>('/api/v1/regions?q=bandar');
      expect(r.status).toBe(200);
      expect(r.body.items).toContainEqual({
        code: '18.71',
        name: 'Kota Bandar Lampung',
        level: 'regency',
        parentCode: '18',
        path: 'Lampung › Kota Bandar Lampung',
      });
      for (const item of r.body.items) expect(item.name.toLowerCase()).toContain('bandar');
    });

    it('gives villages their full path', async () => {
      const client = await env().as('lampung.admin');
      const r = await client.get<{ items: RegionWithPath[] }>('/api/v1/regions?q=kedaton');
      const village = r.body.items.find((i) => i.code === '18.71.01.1003');
      expect(village?.path).toBe('Lampung › Kota Bandar Lampung › Kedaton › Kedaton');
      // Higher levels come first: the district before its village of the same name.
      const idxDistrict = r.body.items.findIndex((i) => i.code === '18.71.01');
      const idxVillage = r.body.items.findIndex((i) => i.code === '18.71.01.1003');
      expect(idxDistrict).toBeGreaterThanOrEqual(0);
      expect(idxDistrict).toBeLessThan(idxVillage);
    });

    it('is case- and accent-insensitive', async () => {
      const client = await env().as('lampung.admin');
      const plain = await client.get<{ items: RegionWithPath[] }>('/api/v1/regions?q=bandar');
      for (const q of ['BANDAR', 'BaNdAr', 'bándar', 'BÄNDÂR', 'bandar ']) {
        const r = await client.get<{ items: RegionWithPath[] }>(`/api/v1/regions?q=${encodeURIComponent(q)}`);
        expect(r.status, q).toBe(200);
        expect(
          r.body.items.map((i) => i.code),
          q,
        ).toEqual(plain.body.items.map((i) => i.code));
      }
    });

    it('finds nothing for a name that does not exist', async () => {
      const client = await env().as('admin');
      const r = await client.get<{ items: RegionWithPath[] }>('/api/v1/regions?q=zzqqxx');
      expect(r.body.items).toEqual([]);
    });

    it('treats LIKE wildcards in the query as text, not as patterns', async () => {
      const client = await env().as('admin');
      // As a pattern, k_d would match "Kedaton"; as text it matches nothing here.
      const r = await client.get<{ items: RegionWithPath[] }>(
        `/api/v1/regions?q=${encodeURIComponent('k_d')}`,
      );
      expect(r.status).toBe(200);
      expect(r.body.items.find((i) => i.name === 'Kedaton')).toBeUndefined();
    });
  });

  describe('loader', () => {
    it('loading the same provinces again writes nothing and changes no counts', async () => {
      const before = await countRegions(env());
      const before18 = await countRegions(env(), '18');
      const before52 = await countRegions(env(), '52');
      expect(before18).toBeGreaterThan(2000);
      expect(before52).toBeGreaterThan(1000);
      expect(before).toBe(1 + 2 + before18 + before52);

      expect(await loadOfficialRegions(env().handle, ['18', '52'])).toBe(0);
      expect(await countRegions(env())).toBe(before);
    });

    it('loading an overlapping set upserts without duplicating rows', async () => {
      const before = await countRegions(env());
      const before18 = await countRegions(env(), '18');
      const written = await loadOfficialRegions(env().handle, ['18']);
      expect(written).toBe(1 + 1 + before18);
      expect(await countRegions(env())).toBe(before);
      // A name search still sees each region once.
      const client = await env().as('lampung.admin');
      const r = await client.get<{ items: RegionWithPath[] }>('/api/v1/regions?q=bandar lampung');
      expect(r.body.items.filter((i) => i.code === '18.71')).toHaveLength(1);
    });
  });
});
