import type { CoverReply, ShipmentReply, StockCard, StockRequestReply } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { daysAgo, docNo, expectLedgerWhole, onHand } from './helpers';

/** A UPT (kecamatan office) keeps stock under its regency: its location is the district's code. */
describeEachEngine('stock at a UPT under a regency office', (env) => {
  it('the regency ships to its UPT, which receives and uses it; only the regency supplies it', async () => {
    const op = await env().as('bandarlampung.operator');
    const prov = await env().as('lampung.admin');
    await op.post('/api/v1/stock/receive', {
      location: '18.71',
      item: 'BLANKO',
      quantity: 50,
      occurredOn: daysAgo(4),
      documentNo: docNo(),
    });
    const ship = await op.post<ShipmentReply>('/api/v1/stock/ship', {
      location: '18.71',
      destination: '18.71.01',
      item: 'BLANKO',
      quantity: 20,
      occurredOn: daysAgo(3),
      documentNo: docNo(),
    });
    expect(ship.status).toBe(201);
    const received = await op.post<ShipmentReply>(
      `/api/v1/stock/shipments/${ship.body.shipment.id}/receive`,
      {
        accepted: 20,
        rejected: 0,
        receivedOn: daysAgo(2),
      },
    );
    expect(received.status).toBe(200);
    expect(
      (
        await op.post('/api/v1/stock/consume', {
          location: '18.71.01',
          item: 'BLANKO',
          kind: 'spoil',
          reason: 'Tertekuk',
          quantity: 1,
          occurredOn: daysAgo(1),
        })
      ).status,
    ).toBe(201);
    const card = await op.get<StockCard>('/api/v1/stock/card?location=18.71.01&item=BLANKO');
    expect([card.body.onHand, card.body.inTransit]).toEqual([19, 0]);
    expect(await onHand(env(), 'BLANKO', '18.71')).toBe(30);
    // The regency's days of cover counts what its UPTs hold (an office counts the stock below it).
    const cover = await op.get<CoverReply>('/api/v1/stock/cover?region=18.71');
    expect(cover.body.rows.find((r) => r.locationCode === '18.71' && r.item === 'BLANKO')?.onHand).toBe(49);

    // The province supplies regencies, not their UPTs; a UPT asks its regency.
    expectError(
      await prov.post('/api/v1/stock/ship', {
        location: '18',
        destination: '18.71.01',
        item: 'BLANKO',
        quantity: 1,
        occurredOn: daysAgo(0),
        documentNo: docNo(),
      }),
      400,
      'stock_destination_invalid',
    );
    const ask = await op.post<StockRequestReply>('/api/v1/stock/requests', {
      location: '18.71.01',
      item: 'BLANKO',
      quantity: 10,
    });
    expect(ask.status).toBe(201);
    expect(ask.body.request).toMatchObject({ requesterCode: '18.71.01', supplierCode: '18.71' });
    // NTB reaches no Lampung UPT.
    const ntb = await env().as('ntb.admin');
    expectError(await ntb.get('/api/v1/stock/card?location=18.71.01&item=BLANKO'), 403, 'out_of_scope');
    await expectLedgerWhole(env());
  });
});
