import type { ServicePointList } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { type PointReply, uptBody } from './helpers';

async function pointCount(env: TestEnv): Promise<number> {
  const r = await env.handle.db
    .selectFrom('service_points')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describeEachEngine('service points scopes', (env) => {
  it('an NTB admin neither sees, reads, changes nor adds Lampung points', async () => {
    const op = await env().as('bandarlampung.operator');
    const { body } = await op.post<PointReply>('/api/v1/service-points', uptBody({ name: 'UPT Lingkup' }));
    const id = body.servicePoint.id;
    const ntb = await env().as('ntb.admin');
    const own = await ntb.get<ServicePointList>('/api/v1/service-points');
    expect(own.body.items.map((p) => p.id)).not.toContain(id);
    expectError(await ntb.get('/api/v1/service-points?region=18.71'), 403, 'out_of_scope');
    expectError(await ntb.get(`/api/v1/service-points/${id}`), 403, 'out_of_scope');
    expectError(await ntb.patch(`/api/v1/service-points/${id}`, { counters: 9 }), 403, 'out_of_scope');
    expectError(
      await ntb.post(`/api/v1/service-points/${id}/closures`, { date: '2030-03-05', reason: 'Uji lingkup' }),
      403,
      'out_of_scope',
    );
    const before = await pointCount(env());
    expectError(
      await ntb.post('/api/v1/service-points', uptBody({ name: 'UPT Asing' })),
      403,
      'out_of_scope',
    );
    expect(await pointCount(env())).toBe(before);
  });

  it('the counter clerk and pimpinan read but may not manage', async () => {
    const op = await env().as('bandarlampung.operator');
    const { body } = await op.post<PointReply>('/api/v1/service-points', uptBody({ name: 'UPT Peran' }));
    const id = body.servicePoint.id;
    for (const username of ['bandarlampung.loket', 'lampung.pimpinan']) {
      const c = await env().as(username);
      expect((await c.get(`/api/v1/service-points/${id}`)).status, username).toBe(200);
      expectError(await c.patch(`/api/v1/service-points/${id}`, { counters: 9 }), 403, 'forbidden');
      expectError(await c.post('/api/v1/service-points', uptBody({ name: 'UPT Lain' })), 403, 'forbidden');
    }
  });

  it('a regency operator cannot add a point in the neighbouring regency', async () => {
    const op = await env().as('bandarlampung.operator');
    expectError(
      await op.post('/api/v1/service-points', uptBody({ regionCode: '18.72' })),
      403,
      'out_of_scope',
    );
  });
});
