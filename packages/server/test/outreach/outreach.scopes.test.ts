import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { expectError, officeDay } from '../helpers/factories';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { schoolVisit, student } from './helpers';

async function counts(env: TestEnv) {
  const n = async (t: 'outreach_actions' | 'outreach_visits' | 'outreach_sites' | 'outreach_roster_rows') =>
    Number(
      (
        await env.handle.db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return [
    await n('outreach_actions'),
    await n('outreach_visits'),
    await n('outreach_sites'),
    await n('outreach_roster_rows'),
  ];
}

/**
 * An office outside the site's region neither sees nor changes a Lampung site, visit, pack or action, and
 * nothing is written when it tries; leaders read figures but no names; field officers record but do not plan.
 */
describeEachEngine('outreach scopes', (env) => {
  it('keeps NTB out of a Lampung site and visit, writing nothing', async () => {
    const { siteId, visitId } = await schoolVisit(env(), [student()], 5);
    const ntb = await env().as('lombokbarat.operator');
    const before = await counts(env());
    expectError(await ntb.get('/api/v1/outreach/sites?region=18.71'), 403, 'out_of_scope');
    expectError(
      await ntb.get('/api/v1/outreach/visits?region=18.71&from=2020-01-01&to=2099-01-01'),
      403,
      'out_of_scope',
    );
    expectError(await ntb.get('/api/v1/outreach/suggestions?region=18.71'), 403, 'out_of_scope');
    expectError(await ntb.get('/api/v1/outreach/devices?region=18.71'), 403, 'out_of_scope');
    expectError(await ntb.get('/api/v1/outreach/summary?region=18.71'), 403, 'out_of_scope');
    expect((await ntb.get(`/api/v1/outreach/sites/${siteId}/targets`)).status).toBe(404);
    expect((await ntb.patch(`/api/v1/outreach/sites/${siteId}`, { name: 'Bukan' })).status).toBe(404);
    expect(
      (
        await ntb.post(`/api/v1/outreach/sites/${siteId}/visits`, {
          visitDate: officeDay(6),
          startTime: '08:00',
          endTime: '09:00',
          teamUserIds: [1],
        })
      ).status,
    ).toBe(404);
    expect((await ntb.get(`/api/v1/outreach/visits/${visitId}`)).status).toBe(404);
    expect((await ntb.get(`/api/v1/outreach/visits/${visitId}/pack`)).status).toBe(404);
    expect((await ntb.get(`/api/v1/outreach/visits/${visitId}/unconfirmed`)).status).toBe(404);
    expect((await ntb.post(`/api/v1/outreach/visits/${visitId}/cancel`, { reason: 'x' })).status).toBe(404);
    const act = {
      clientId: randomUUID(),
      clientDeviceId: 'ntb',
      residentId: null,
      nik: '1871015505080009',
      outcome: 'recorded',
      occurredAt: new Date().toISOString(),
    };
    expect((await ntb.post(`/api/v1/outreach/visits/${visitId}/actions`, act)).status).toBe(404);
    expect(
      (
        await ntb.post('/api/v1/outreach/devices/ntb-1/heartbeat', {
          visitId,
          pending: 1,
          oldestPendingAt: null,
        })
      ).status,
    ).toBe(404);
    expect(await counts(env())).toEqual(before);
  });

  it('lets leaders read figures but no names, and field officers record but not plan', async () => {
    const { siteId, visitId } = await schoolVisit(env(), [student()], 7);
    const leader = await env().as('lampung.pimpinan');
    expect((await leader.get(`/api/v1/outreach/visits/${visitId}/report`)).status).toBe(200);
    expect((await leader.get('/api/v1/outreach/summary?region=18')).status).toBe(200);
    expectError(await leader.get(`/api/v1/outreach/visits/${visitId}/pack`), 403, 'forbidden');
    expectError(await leader.get(`/api/v1/outreach/sites/${siteId}/targets`), 403, 'forbidden');
    const field = await env().as('bandarlampung.lapangan');
    const before = await counts(env());
    expectError(
      await field.post(`/api/v1/outreach/visits/${visitId}/cancel`, { reason: 'x' }),
      403,
      'forbidden',
    );
    expectError(
      await field.post('/api/v1/outreach/sites', {
        kind: 'school',
        name: 'X',
        address: 'Y',
        villageCode: '18.71.01.1003',
      }),
      403,
      'forbidden',
    );
    expect(await counts(env())).toEqual(before);
    expect((await field.get(`/api/v1/outreach/visits/${visitId}/pack`)).status).toBe(200);
    const counter = await env().as('bandarlampung.loket');
    expectError(await counter.get(`/api/v1/outreach/visits/${visitId}/pack`), 403, 'forbidden');
  });
});
