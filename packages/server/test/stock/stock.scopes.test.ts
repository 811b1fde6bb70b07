import type { ShipmentReply, StockList, StockRequestReply } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { daysAgo, docNo } from './helpers';

async function lineCount(env: TestEnv): Promise<number> {
  const r = await env.handle.db
    .selectFrom('stock_lines')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describeEachEngine('stock scopes', (env) => {
  it('NTB neither reads nor moves Lampung stock, shipments or requests', async () => {
    const prov = await env().as('lampung.admin');
    const op = await env().as('bandarlampung.operator');
    await prov.post('/api/v1/stock/receive', {
      location: '18',
      item: 'BLANKO',
      quantity: 100,
      occurredOn: daysAgo(2),
      documentNo: docNo(),
    });
    const ship = await prov.post<ShipmentReply>('/api/v1/stock/ship', {
      location: '18',
      destination: '18.71',
      item: 'BLANKO',
      quantity: 50,
      occurredOn: daysAgo(1),
      documentNo: docNo(),
    });
    const req = await op.post<StockRequestReply>('/api/v1/stock/requests', {
      location: '18.71',
      item: 'BLANKO',
      quantity: 10,
    });
    const ntb = await env().as('ntb.admin');
    const before = await lineCount(env());
    expectError(await ntb.get('/api/v1/stock?region=18'), 403, 'out_of_scope');
    expectError(await ntb.get('/api/v1/stock/card?location=18.71&item=BLANKO'), 403, 'out_of_scope');
    expectError(await ntb.get(`/api/v1/stock/shipments/${ship.body.shipment.id}`), 403, 'out_of_scope');
    expectError(
      await ntb.post(`/api/v1/stock/shipments/${ship.body.shipment.id}/receive`, {
        accepted: 50,
        rejected: 0,
        receivedOn: daysAgo(0),
      }),
      403,
      'out_of_scope',
    );
    expectError(await ntb.get(`/api/v1/stock/requests/${req.body.request.id}`), 403, 'out_of_scope');
    expectError(
      await ntb.post(`/api/v1/stock/requests/${req.body.request.id}/submit`, {}),
      403,
      'out_of_scope',
    );
    expectError(
      await ntb.post('/api/v1/stock/consume', {
        location: '18',
        item: 'BLANKO',
        kind: 'consume',
        quantity: 1,
        occurredOn: daysAgo(0),
      }),
      403,
      'out_of_scope',
    );
    const own = await ntb.get<StockList>('/api/v1/stock');
    expect(own.body.items.every((b) => b.locationCode.startsWith('52'))).toBe(true);
    expect(await lineCount(env())).toBe(before);
  });

  it('a regency operator moves only its own office; pimpinan reads; the counter clerk has no stock', async () => {
    const op = await env().as('bandarlampung.operator');
    const move = { item: 'RIBBON', quantity: 1, occurredOn: daysAgo(0), documentNo: docNo() };
    expectError(await op.post('/api/v1/stock/receive', { ...move, location: '18.72' }), 403, 'out_of_scope');
    expectError(await op.post('/api/v1/stock/receive', { ...move, location: '18' }), 403, 'out_of_scope');
    expectError(
      await op.post('/api/v1/stock/ship', { ...move, location: '18', destination: '18.71' }),
      403,
      'out_of_scope',
    );
    const boss = await env().as('lampung.pimpinan');
    expect((await boss.get('/api/v1/stock/cover?region=18')).status).toBe(200);
    expectError(await boss.post('/api/v1/stock/receive', { ...move, location: '18' }), 403, 'forbidden');
    expectError(
      await boss.post('/api/v1/stock/requests', { location: '18', item: 'BLANKO', quantity: 1 }),
      403,
      'forbidden',
    );
    const clerk = await env().as('bandarlampung.loket');
    expectError(await clerk.get('/api/v1/stock'), 403, 'forbidden');
  });

  it('stock settings: the province admin sets its regencies; NTB and a regency operator cannot; UPTs stay inside', async () => {
    const put = (who: Awaited<ReturnType<TestEnv['as']>>, scope: string) =>
      who.put('/api/v1/settings/stock_ribbon_alert_prints', { scope, value: 300 });
    expect((await put(await env().as('lampung.admin'), '18.71')).status).toBe(200);
    expectError(await put(await env().as('ntb.admin'), '18.71'), 403, 'out_of_scope');
    expect((await put(await env().as('bandarlampung.operator'), '18.71')).status).toBe(403);
    // A UPT of Bandar Lampung is the regency operator's to move, never NTB's.
    const at = {
      location: '18.71.01',
      item: 'INK',
      quantity: 1,
      occurredOn: daysAgo(0),
      documentNo: docNo(),
    };
    expect((await (await env().as('bandarlampung.operator')).post('/api/v1/stock/receive', at)).status).toBe(
      201,
    );
    const before = await lineCount(env());
    expectError(await (await env().as('ntb.admin')).post('/api/v1/stock/receive', at), 403, 'out_of_scope');
    expect(await lineCount(env())).toBe(before);
  });
});
