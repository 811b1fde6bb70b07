import type { Region, RegionWithPath } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';

interface RegionDetail {
  region: Region;
  ancestors: Region[];
}

describeEachEngine('regions scopes', (env) => {
  describe('a user of 18.71 (bandarlampung.operator)', () => {
    it('reads its own region, its descendants and its ancestors', async () => {
      const client = await env().as('bandarlampung.operator');
      for (const code of ['18.71', '18.71.01', '18.71.01.1003', '18', 'ID']) {
        const r = await client.get<RegionDetail>(`/api/v1/regions/${code}`);
        expect(r.status, code).toBe(200);
        expect(r.body.region.code).toBe(code);
      }
    });

    it('lists the children of its region and of its districts', async () => {
      const client = await env().as('bandarlampung.operator');
      const districts = await client.get<{ items: Region[] }>('/api/v1/regions?parent=18.71');
      expect(districts.status).toBe(200);
      expect(districts.body.items.length).toBe(20);
      const villages = await client.get<{ items: Region[] }>('/api/v1/regions?parent=18.71.01');
      expect(villages.status).toBe(200);
      expect(villages.body.items.length).toBeGreaterThan(0);
    });

    it('is refused sibling and foreign regions with out_of_scope', async () => {
      const client = await env().as('bandarlampung.operator');
      for (const code of ['18.01', '18.01.01', '52', '52.01', '52.01.01']) {
        const body = expectError(await client.get(`/api/v1/regions/${code}`), 403, 'out_of_scope');
        // The error never echoes a region code (issue 9: no region of anyone else's data in an error).
        expect(`${body.message} ${body.messageEn}`).not.toContain(code);
      }
    });

    it('does not learn whether an out-of-scope code exists', async () => {
      const client = await env().as('bandarlampung.operator');
      expectError(await client.get('/api/v1/regions/52.99'), 403, 'out_of_scope');
      expectError(await client.get('/api/v1/regions/18.71.99'), 404, 'region_not_found');
    });

    it('is refused the children of its province, of another province and of the country', async () => {
      const client = await env().as('bandarlampung.operator');
      for (const parent of ['18', '52', '52.01', 'ID', '18.01']) {
        expectError(await client.get(`/api/v1/regions?parent=${parent}`), 403, 'out_of_scope');
      }
    });

    it('searches only inside its scope', async () => {
      const client = await env().as('bandarlampung.operator');
      const lombok = await client.get<{ items: RegionWithPath[] }>('/api/v1/regions?q=lombok');
      expect(lombok.status).toBe(200);
      expect(lombok.body.items).toEqual([]);

      const lampung = await client.get<{ items: RegionWithPath[] }>('/api/v1/regions?q=lampung');
      const codes = lampung.body.items.map((i) => i.code);
      expect(codes).toContain('18.71');
      // The province itself is an ancestor, readable by code, but not a search hit of this scope.
      expect(codes).not.toContain('18');
      for (const code of codes) expect(code === '18.71' || code.startsWith('18.71.'), code).toBe(true);
    });
  });

  describe('wider scopes see more (the refusals above are about scope, not data)', () => {
    it('lampung.admin finds "lombok" villages of Lampung but nothing of NTB', async () => {
      const client = await env().as('lampung.admin');
      const r = await client.get<{ items: RegionWithPath[] }>('/api/v1/regions?q=lombok');
      expect(r.body.items.length).toBeGreaterThan(0);
      for (const item of r.body.items) expect(item.code.startsWith('18.'), item.code).toBe(true);
    });

    it('the superadmin finds Lombok Barat in 52', async () => {
      const client = await env().as('admin');
      const r = await client.get<{ items: RegionWithPath[] }>('/api/v1/regions?q=lombok');
      expect(r.body.items.map((i) => i.code)).toContain('52.01');
      const r2 = await client.get<RegionDetail>('/api/v1/regions/52.01');
      expect(r2.status).toBe(200);
    });

    it('ntb.admin is refused Lampung', async () => {
      const client = await env().as('ntb.admin');
      expectError(await client.get('/api/v1/regions/18.71'), 403, 'out_of_scope');
      expectError(await client.get('/api/v1/regions?parent=18'), 403, 'out_of_scope');
      expect((await client.get('/api/v1/regions/52.01')).status).toBe(200);
    });
  });

  describe('without a session', () => {
    it('is 401 not_authenticated for every region read', async () => {
      const anon = env().anonymous();
      expectError(await anon.get('/api/v1/regions/18.71'), 401, 'not_authenticated');
      expectError(await anon.get('/api/v1/regions?parent=18.71'), 401, 'not_authenticated');
      expectError(await anon.get('/api/v1/regions?q=bandar'), 401, 'not_authenticated');
    });
  });
});
