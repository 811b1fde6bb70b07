import type { QueueTicketReply } from '@sigap/contracts';
import { beforeAll, expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';
import { uptBody } from '../service-points/helpers';
import { issue, newPoint } from './helpers';

const lombok = buildResident({ villageCode: '52.01.01.1001', fullName: 'WARGA LOMBOK ANTRE' });

/** The queue stays inside the point's region, and only the roles of the table may issue or serve. */
describeEachEngine('queue scopes', (env) => {
  let kota = 0;
  let ntb = 0;
  let ntbTicket = 0;

  beforeAll(async () => {
    await seedResidents(env(), [lombok]);
    kota = await newPoint(await env().as('bandarlampung.operator'));
    const ntbOp = await env().as('lombokbarat.operator');
    const r = await ntbOp.post<{ servicePoint: { id: number } }>(
      '/api/v1/service-points',
      uptBody({ regionCode: '52.01.01', name: 'UPT Lombok Antre' }),
    );
    ntb = r.body.servicePoint.id;
    ntbTicket = (await issue(ntbOp, ntb)).body.ticket.id;
  });

  it('a clerk of another regency cannot see, issue at or serve a point', async () => {
    const clerk = await env().as('bandarlampung.loket');
    expectError(await clerk.get(`/api/v1/queue/points/${ntb}`), 403, 'out_of_scope');
    expectError(await issue(clerk, ntb), 403, 'out_of_scope');
    expectError(
      await clerk.post(`/api/v1/queue/points/${ntb}/call-next`, { counterNo: 1 }),
      403,
      'out_of_scope',
    );
    expectError(
      await clerk.post(`/api/v1/queue/tickets/${ntbTicket}/call`, { counterNo: 1 }),
      403,
      'out_of_scope',
    );
    const row = await env()
      .handle.db.selectFrom('queue_tickets')
      .select('status')
      .where('id', '=', ntbTicket)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('waiting');
  });

  it('leaders read the queue but neither issue nor serve; rules are a manager’s', async () => {
    const leader = await env().as('lampung.pimpinan');
    expect((await leader.get(`/api/v1/queue/points/${kota}`)).status).toBe(200);
    expectError(await issue(leader, kota), 403, 'forbidden');
    expectError(
      await leader.post(`/api/v1/queue/points/${kota}/call-next`, { counterNo: 1 }),
      403,
      'forbidden',
    );
    const clerk = await env().as('bandarlampung.loket');
    const rules = { walkInDailyCap: 5, priorityRatio: { priority: 1, normal: 1 }, noShowGraceMinutes: 1 };
    expectError(await clerk.put(`/api/v1/queue/points/${kota}/rules`, rules), 403, 'forbidden');
  });

  it('an outcome for a resident outside the clerk’s region answers like an unknown NIK', async () => {
    const clerk = await env().as('bandarlampung.loket');
    const t = (await issue(clerk, kota)).body.ticket;
    await clerk.post<QueueTicketReply>(`/api/v1/queue/tickets/${t.id}/call`, { counterNo: 1 });
    expectError(
      await clerk.post(`/api/v1/queue/tickets/${t.id}/finish`, { outcome: 'recorded', nik: lombok.nik }),
      404,
      'queue_resident_not_found',
    );
  });
});
