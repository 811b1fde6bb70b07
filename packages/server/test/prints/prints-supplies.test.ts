import type { CoverReply, PrintQueuePage, UnitSupply } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { stockWatchSignal } from '../../src/modules/stock';
import { describeEachEngine } from '../helpers/test-env';
import { daysAgo, docNo } from '../stock/helpers';
import { receive, seedPrr } from './helpers';

const ribbonOf = (units: UnitSupply[]) => units.find((u) => u.item === 'RIBBON');

describeEachEngine('ribbon prints left: one figure for /cetak, days of cover and the watch list', (env) => {
  it('worked example: 2 ribbons at 400 cards, 3 printed, threshold 800; finished by hand; ink out', async () => {
    const admin = await env().as('admin');
    const put = (key: string, value: unknown) =>
      admin.put(`/api/v1/settings/${key}`, { scope: '18.71', value });
    expect((await put('stock_card_yield', { RIBBON: 400, FILM: 500 })).status).toBe(200);
    expect((await put('stock_ribbon_alert_prints', 800)).status).toBe(200);
    const ids = await seedPrr(env(), [{}, {}, {}, {}, {}]);
    await receive(env(), '18.71', 'BLANKO', 10);
    await receive(env(), '18.71', 'RIBBON', 2);
    await receive(env(), '18.71', 'FILM', 1);
    const op = await env().as('bandarlampung.operator');
    for (const id of ids.slice(0, 3))
      expect((await op.post(`/api/v1/prints/residents/${id}`, {})).status).toBe(201);

    // One ribbon loaded (3 cards on it), one on the shelf: 1 × 400 + (400 − 3) = 797 prints left.
    const queue = await op.get<PrintQueuePage>('/api/v1/prints/queue?office=18.71');
    expect(ribbonOf(queue.body.supplies.units)).toEqual({
      item: 'RIBBON',
      unitsOnHand: 1,
      loadedCards: 3,
      yieldCards: 400,
      measuredYield: null,
      printsLeft: 797,
    });
    expect(queue.body.supplies).toMatchObject({ ribbonAlertBelow: 800, ribbonLow: true });
    // Film: nothing on the shelf, 500 − 3 left in the printer.
    expect(queue.body.supplies.units.find((u) => u.item === 'FILM')?.printsLeft).toBe(497);

    // Days of cover reads the same figure (+ nothing in transit) and raises the same alert.
    const cover = await op.get<CoverReply>('/api/v1/stock/cover?region=18.71');
    const ribbonRow = cover.body.rows.find((r) => r.item === 'RIBBON');
    expect(ribbonRow).toMatchObject({ onHand: 1, printsLeft: 797, stockCards: 797 });
    const alert = cover.body.alerts.find((a) => a.code === 'ribbon_low');
    expect(alert?.message).toContain('797');
    expect(alert?.message).toContain('800');
    const signal = await stockWatchSignal(env().handle, {
      parent: '18',
      children: [{ code: '18.71', level: 'regency' }],
      now: new Date(),
    });
    expect(signal.get('18.71')?.map((r) => r.code)).toContain('stock_ribbon_low');

    // Below the threshold no more: 790 → no ribbon alert on either side.
    expect((await put('stock_ribbon_alert_prints', 790)).status).toBe(200);
    const calm = await op.get<PrintQueuePage>('/api/v1/prints/queue?office=18.71');
    expect(calm.body.supplies.ribbonLow).toBe(false);
    const calmCover = await op.get<CoverReply>('/api/v1/stock/cover?region=18.71');
    expect(calmCover.body.alerts.map((a) => a.code)).not.toContain('ribbon_low');

    // The office finds the ribbon empty after 3 cards: measured yield 3, nothing loaded, 400 left.
    expect((await op.post('/api/v1/prints/rolls/finish', { office: '18.71', item: 'RIBBON' })).status).toBe(
      200,
    );
    const after = await op.get<PrintQueuePage>('/api/v1/prints/queue?office=18.71');
    expect(ribbonOf(after.body.supplies.units)).toMatchObject({
      unitsOnHand: 1,
      loadedCards: null,
      measuredYield: 3,
      printsLeft: 400,
    });
    expect(after.body.supplies.ribbonLow).toBe(true);

    // Ink out while residents wait.
    const at = { location: '18.71', item: 'INK', occurredOn: daysAgo(0) };
    await op.post('/api/v1/stock/receive', { ...at, quantity: 1, documentNo: docNo() });
    const inked = await op.get<PrintQueuePage>('/api/v1/prints/queue?office=18.71');
    expect(inked.body.supplies.inkOnHand).toBe(1);
    await op.post('/api/v1/stock/consume', { ...at, kind: 'consume', quantity: 1 });
    const out = await op.get<CoverReply>('/api/v1/stock/cover?region=18.71');
    expect(out.body.alerts.map((a) => a.code)).toContain('ink_out');
  });
});
