import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Region } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import type { BoundaryTopology } from '../../src/modules/boundaries';
import { BOUNDARY_DATA_DIR } from '../../src/server-paths';
import { expectError } from '../helpers/factories';
import { loginSession } from '../helpers/multipart';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';

const areaCodes = (t: BoundaryTopology) => t.objects.areas.geometries.map((g) => g.properties.code);

/** Every arc index a geometry uses (a negative index ~i means arc i reversed). */
function arcIndices(t: BoundaryTopology): number[] {
  return t.objects.areas.geometries.flatMap((g) =>
    (g.type === 'Polygon' ? g.arcs.flat() : g.arcs.flat(2)).map((i) => (i < 0 ? ~i : i)),
  );
}

async function childCodes(env: TestEnv, parent: string): Promise<string[]> {
  const client = await env.as('admin');
  const r = await client.get<{ items: Region[] }>(`/api/v1/regions?parent=${parent}`);
  return r.body.items.map((i) => i.code);
}

async function getAs(env: TestEnv, username: string, url: string, headers: Record<string, string> = {}) {
  const session = await loginSession(env.app, username);
  return env.app.inject({ method: 'GET', url, headers: { cookie: session.cookie, ...headers } });
}

describeEachEngine('boundaries', (env) => {
  it('draws the provinces the region table holds, and only those (tests load 18 and 52)', async () => {
    const r = await (await env().as('admin')).get<BoundaryTopology>('/api/v1/boundaries/ID');
    expect(r.status).toBe(200);
    expect(r.body.type).toBe('Topology');
    expect(areaCodes(r.body)).toEqual(['18', '52']);
    const lampung = r.body.objects.areas.geometries[0];
    expect(lampung).toMatchObject({ id: '18', properties: { code: '18', name: 'Lampung' } });
    const shipped = readFileSync(path.join(BOUNDARY_DATA_DIR, 'provinces.topo.json'), 'utf8');
    expect(JSON.parse(shipped).objects.provinces.geometries.length).toBe(38);
  });

  it('gives a province its regencies and a regency its districts, one area per child in the table', async () => {
    const client = await env().as('lampung.admin');
    for (const code of ['18', '18.71', '18.01']) {
      const r = await client.get<BoundaryTopology>(`/api/v1/boundaries/${code}`);
      expect(r.status, code).toBe(200);
      const codes = areaCodes(r.body);
      expect(codes, code).toEqual(await childCodes(env(), code));
      expect(codes.length, code).toBeGreaterThan(5);
    }
  });

  it('sends only the arcs its areas use, every one of them used and present', async () => {
    const r = await (await env().as('lampung.admin')).get<BoundaryTopology>('/api/v1/boundaries/18');
    const used = new Set(arcIndices(r.body));
    expect(used.size).toBe(r.body.arcs.length);
    expect(Math.max(...used)).toBe(r.body.arcs.length - 1);
    const national = JSON.parse(readFileSync(path.join(BOUNDARY_DATA_DIR, 'regencies.topo.json'), 'utf8'));
    // Lampung's 15 regencies out of 514: a small part of the national file.
    expect(r.body.arcs.length).toBeLessThan(national.arcs.length / 10);
    expect(r.body.transform).toEqual(national.transform);
  });

  it('is cached by the browser for a day and revalidated with its ETag', async () => {
    const first = await getAs(env(), 'lampung.admin', '/api/v1/boundaries/18.71');
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, max-age=86400');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    const again = await getAs(env(), 'bandarlampung.operator', '/api/v1/boundaries/18.71', {
      'if-none-match': etag,
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    const other = await getAs(env(), 'lampung.admin', '/api/v1/boundaries/18', { 'if-none-match': etag });
    expect(other.statusCode).toBe(200);
    expect(other.headers.etag).not.toBe(etag);
  });

  it('lets a regency draw the regions above it (public geometry) but not its siblings or other provinces', async () => {
    const client = await env().as('bandarlampung.operator');
    for (const code of ['18.71', '18', 'ID']) {
      expect((await client.get(`/api/v1/boundaries/${code}`)).status, code).toBe(200);
    }
    for (const code of ['18.01', '52', '52.01']) {
      expectError(await client.get(`/api/v1/boundaries/${code}`), 403, 'out_of_scope');
    }
    const ntb = await env().as('ntb.admin');
    expectError(await ntb.get('/api/v1/boundaries/18'), 403, 'out_of_scope');
  });

  it('has no map below districts, and says so; an unknown region is 404', async () => {
    const client = await env().as('lampung.admin');
    const body = expectError(
      await client.get('/api/v1/boundaries/18.71.01'),
      404,
      'boundaries_not_available',
    );
    expect(body.messageEn).toMatch(/not for villages/);
    expectError(await client.get('/api/v1/boundaries/18.99'), 404, 'region_not_found');
    expectError(await client.get('/api/v1/boundaries/abc'), 400, 'validation_failed');
  });

  describe('without a session', () => {
    it('is 401 not_authenticated', async () => {
      expectError(await env().anonymous().get('/api/v1/boundaries/18'), 401, 'not_authenticated');
    });
  });
});
