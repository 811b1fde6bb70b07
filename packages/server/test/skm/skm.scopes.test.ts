import type { SkmReport } from '@sigap/contracts';
import { beforeAll, expect, it } from 'vitest';
import { insertPoint } from '../display/helpers';
import { describeEachEngine } from '../helpers/test-env';

const ALL = (v: number) => Array(9).fill(v) as number[];

describeEachEngine('SKM report scopes', (env) => {
  beforeAll(async () => {
    const id = await insertPoint(env().handle.db, 'UPT Lingkup Uji', 1);
    await env()
      .anonymous()
      .post(`/api/v1/skm/kiosk/${id}`, { answers: ALL(3) });
  });

  it('refuses roles without skm.read', async () => {
    const clerk = await env().as('bandarlampung.loket');
    for (const url of ['/api/v1/skm', '/api/v1/skm/times', '/api/v1/skm/export']) {
      expect((await clerk.get(url)).status).toBe(403);
    }
  });

  it('refuses a region outside the scope', async () => {
    const ntb = await env().as('ntb.admin');
    for (const url of [
      '/api/v1/skm?region=18.71',
      '/api/v1/skm/times?region=18',
      '/api/v1/skm/export?region=18.71',
    ]) {
      expect((await ntb.get(url)).status).toBe(403);
    }
    const other = await env().as('lombokbarat.operator');
    expect((await other.get('/api/v1/skm?region=18')).status).toBe(403);
  });

  it('answers each user for its own scope by default, without the points of others', async () => {
    const ntb = await env().as('ntb.admin');
    const own = await ntb.get<SkmReport>('/api/v1/skm');
    expect(own.status).toBe(200);
    expect(own.body.region).toBe('52');
    expect(own.body.points.some((p) => p.regionCode.startsWith('18'))).toBe(false);
    const leader = await env().as('lampung.pimpinan');
    const lampung = await leader.get<SkmReport>('/api/v1/skm?region=18');
    expect(lampung.body.points.map((p) => p.name)).toContain('UPT Lingkup Uji');
  });
});
