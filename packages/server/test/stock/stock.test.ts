import type {
  CoverReply,
  NoticeItem,
  ShipmentReply,
  StockCard,
  StockMoveReply,
  StockSuggestion,
} from '@sigap/contracts';
import { expect, it } from 'vitest';
import { stockWatchSignal } from '../../src/modules/stock';
import { expectError } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';
import { daysAgo, docNo, expectLedgerWhole, onHand } from './helpers';

describeEachEngine('stock ledger', (env) => {
  it('suggests a request quantity from the PRR backlog and from consumption (worked examples)', async () => {
    // Seven residents of Bandar Lampung are PRR, waiting for a card; nothing is in stock there yet.
    const prr = Array.from({ length: 7 }, () => buildResident({ recordingStatus: 'PRINT_READY_RECORD' }));
    await seedResidents(env(), prr);
    const op = await env().as('bandarlampung.operator');
    const blanko = await op.get<StockSuggestion>('/api/v1/stock/suggestion?location=18.71&item=BLANKO');
    expect(blanko.status).toBe(200);
    // No recording history: pace 0; 7 + 0 × 14 days = 7 cards = 7 blanko, none on hand or on the way.
    expect(blanko.body.demand).toMatchObject({
      backlog: 7,
      pacePerDay: 0,
      leadTimeDays: 14,
      cardsNeeded: 7,
      order: 7,
    });
    const ribbon = await op.get<StockSuggestion>('/api/v1/stock/suggestion?location=18.71&item=RIBBON');
    // ⌈7 ÷ 500⌉ = 1 ribbon.
    expect(ribbon.body.demand).toMatchObject({ cardsPerUnit: 500, unitsNeeded: 1, order: 1 });

    // Consumption at Lombok Barat: 1,000 received 95 days ago; 300, 400 and 300 used in the three periods,
    // the last use 11 days ago leaves nothing: 12 stock-out days in the current period.
    const ntb = await env().as('ntb.admin');
    const at = { location: '52.01', item: 'BLANKO' };
    await ntb.post('/api/v1/stock/receive', {
      ...at,
      quantity: 1000,
      occurredOn: daysAgo(95, '52'),
      documentNo: docNo(),
    });
    for (const [q, d] of [
      [300, 70],
      [400, 45],
      [300, 11],
    ] as const) {
      const r = await ntb.post('/api/v1/stock/consume', {
        ...at,
        kind: 'consume',
        quantity: q,
        occurredOn: daysAgo(d, '52'),
      });
      expect(r.status).toBe(201);
    }
    const s = (await ntb.get<StockSuggestion>('/api/v1/stock/suggestion?location=52.01&item=BLANKO')).body;
    expect(s.consumption.periods.map((p) => [p.consumed, p.stockOutDays, p.adjusted])).toEqual([
      [300, 0, 300],
      [400, 0, 400],
      // N = ⌈300 × 30 ÷ (30 − 12)⌉ = 500
      [300, 12, 500],
    ]);
    // average 400, keep 2 periods: 800, nothing on hand → order 800; the demand side asks 0.
    expect(s.consumption).toMatchObject({ average: 400, maximum: 800, order: 800 });
    expect(s.suggested).toBe(800);
  });

  it('province ships 500 to a regency, which accepts 498 and rejects 2 with a reason: reported back', async () => {
    const admin = await env().as('admin');
    const prov = await env().as('lampung.admin');
    const op = await env().as('bandarlampung.operator');
    await admin.post('/api/v1/stock/receive', {
      location: 'ID',
      item: 'BLANKO',
      quantity: 5000,
      occurredOn: daysAgo(20),
      documentNo: docNo(),
    });
    const toProv = await admin.post<ShipmentReply>('/api/v1/stock/ship', {
      location: 'ID',
      destination: '18',
      item: 'BLANKO',
      quantity: 2000,
      occurredOn: daysAgo(19),
      documentNo: docNo(),
    });
    expect(toProv.status).toBe(201);
    await prov.post(`/api/v1/stock/shipments/${toProv.body.shipment.id}/receive`, {
      accepted: 2000,
      rejected: 0,
      receivedOn: daysAgo(18),
    });
    const ship = await prov.post<ShipmentReply>('/api/v1/stock/ship', {
      location: '18',
      destination: '18.71',
      item: 'BLANKO',
      quantity: 500,
      occurredOn: daysAgo(3),
      documentNo: 'SBBK/LPG/001',
    });
    expect(ship.body.shipment.status).toBe('in_transit');
    const id = ship.body.shipment.id;
    const mid = await op.get<StockCard>('/api/v1/stock/card?location=18.71&item=BLANKO');
    expect([mid.body.onHand, mid.body.inTransit]).toEqual([0, 500]);

    const url = `/api/v1/stock/shipments/${id}/receive`;
    expectError(
      await op.post(url, { accepted: 498, rejected: 1, receivedOn: daysAgo(1) }),
      400,
      'stock_pod_mismatch',
    );
    expectError(
      await op.post(url, { accepted: 498, rejected: 2, receivedOn: daysAgo(1) }),
      400,
      'stock_rejection_reason_required',
    );
    expectError(
      await op.post(url, { accepted: 500, rejected: 0, receivedOn: daysAgo(5) }),
      400,
      'stock_received_before_shipped',
    );
    expectError(
      await op.post(url, { accepted: 500, rejected: 0, receivedOn: daysAgo(-2) }),
      400,
      'stock_date_in_future',
    );
    const ok = await op.post<ShipmentReply>(url, {
      accepted: 498,
      rejected: 2,
      reason: 'Dua keping tertekuk',
      receivedOn: daysAgo(1),
    });
    expect(ok.status).toBe(200);
    expect(ok.body.shipment).toMatchObject({
      status: 'received',
      accepted: 498,
      rejected: 2,
      rejectionReason: 'Dua keping tertekuk',
    });
    expectError(
      await op.post(url, { accepted: 500, rejected: 0, receivedOn: daysAgo(1) }),
      409,
      'stock_shipment_received',
    );

    const card = await op.get<StockCard>('/api/v1/stock/card?location=18.71&item=BLANKO');
    expect([card.body.onHand, card.body.inTransit]).toEqual([498, 0]);
    expect(card.body.lines.at(-1)).toMatchObject({
      move: 'accept',
      quantity: 498,
      balance: 498,
      counterpartCode: '18',
    });
    const notices = await prov.get<{ items: NoticeItem[] }>('/api/v1/notices');
    const discrepancy = notices.body.items.find((n) => n.kind === 'stock.discrepancy');
    expect(discrepancy?.message).toContain('ditolak 2');
    expect(discrepancy?.messageEn).toContain('Dua keping tertekuk');
    const audit = await env()
      .handle.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'stock_shipment')
      .where('entity_id', '=', String(id))
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['stock.deliver', 'stock.ship']);
    await expectLedgerWhole(env());
  });

  it('refuses a back-dated debit that a later balance cannot absorb, and counts derive their difference', async () => {
    const prov = await env().as('lampung.admin');
    const at = { location: '18.72', item: 'FILM' };
    await prov.post('/api/v1/stock/receive', {
      ...at,
      quantity: 100,
      occurredOn: daysAgo(10),
      documentNo: docNo(),
    });
    await prov.post('/api/v1/stock/consume', {
      ...at,
      kind: 'consume',
      quantity: 100,
      occurredOn: daysAgo(5),
    });
    await prov.post('/api/v1/stock/receive', {
      ...at,
      quantity: 200,
      occurredOn: daysAgo(1),
      documentNo: docNo(),
    });
    // Today's balance (200) could absorb 50, but on the day 5 days ago the card would read −50.
    const late = await prov.post('/api/v1/stock/consume', {
      ...at,
      kind: 'spoil',
      quantity: 50,
      reason: 'Rusak',
      occurredOn: daysAgo(7),
    });
    expectError(late, 409, 'stock_negative');
    expect(await onHand(env(), 'FILM', '18.72')).toBe(200);
    expect(
      (
        await prov.post('/api/v1/stock/consume', {
          ...at,
          kind: 'consume',
          quantity: 50,
          occurredOn: daysAgo(1),
        })
      ).status,
    ).toBe(201);
    expectError(
      await prov.post('/api/v1/stock/adjust', {
        ...at,
        quantity: -151,
        reason: 'Hilang',
        occurredOn: daysAgo(0),
      }),
      409,
      'stock_negative',
    );
    const count = await prov.post<StockMoveReply>('/api/v1/stock/count', {
      ...at,
      counted: 140,
      occurredOn: daysAgo(0),
    });
    expect(count.body.line).toMatchObject({ move: 'count', quantity: -10, counted: 140 });
    expect(count.body.balance.onHand).toBe(140);
    // A back-dated count of 0 ten days ago would leave the consumption 5 days ago below zero.
    expectError(
      await prov.post('/api/v1/stock/count', { ...at, counted: 0, occurredOn: daysAgo(8) }),
      409,
      'stock_negative',
    );
    expectError(
      await prov.post('/api/v1/stock/ship', {
        ...at,
        location: '18',
        destination: '52.01',
        quantity: 1,
        occurredOn: daysAgo(0),
        documentNo: docNo(),
      }),
      400,
      'stock_destination_invalid',
    );
    expectError(
      await prov.post('/api/v1/stock/receive', {
        ...at,
        // A village keeps no stock (a UPT is a district; see stock-upt.test.ts).
        location: '18.71.01.1001',
        quantity: 1,
        occurredOn: daysAgo(0),
        documentNo: docNo(),
      }),
      400,
      'stock_location_invalid',
    );
    await expectLedgerWhole(env());
  });

  it('alerts: backlog beyond the blanko, ribbon below 250 prints, ink out; the watch list reads them', async () => {
    const op = await env().as('bandarlampung.operator');
    const at = (item: string) => ({ location: '18.71', item, occurredOn: daysAgo(0) });
    // 498 blanko from the delivery above; 493 printed leaves 5 for the 7 PRR waiting.
    await op.post('/api/v1/stock/consume', { ...at('BLANKO'), kind: 'consume', quantity: 493 });
    await op.post('/api/v1/stock/receive', { ...at('INK'), quantity: 1, documentNo: docNo() });
    await op.post('/api/v1/stock/consume', { ...at('INK'), kind: 'consume', quantity: 1 });
    await op.post('/api/v1/stock/count', { ...at('RIBBON'), counted: 0 });
    const cover = await op.get<CoverReply>('/api/v1/stock/cover?region=18.71');
    expect(cover.body.alerts.map((a) => a.code).sort()).toEqual([
      'backlog_exceeds_stock',
      'ink_out',
      'ribbon_low',
    ]);
    const blanko = cover.body.rows.find((r) => r.item === 'BLANKO');
    expect(blanko).toMatchObject({ onHand: 5, backlog: 7, stockCards: 5, shortfall: 2, covered: false });
    const signal = await stockWatchSignal(env().handle, {
      parent: '18',
      children: [
        { code: '18.71', level: 'regency' },
        { code: '18.72', level: 'regency' },
      ],
      now: new Date(),
    });
    expect(
      signal
        .get('18.71')
        ?.map((r) => r.code)
        .sort(),
    ).toEqual(['stock_backlog_exceeds_stock', 'stock_ink_out', 'stock_ribbon_low']);
    expect(signal.has('18.72')).toBe(false);
  });
});
