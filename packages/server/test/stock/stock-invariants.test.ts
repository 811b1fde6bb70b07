import { addDays } from '@sigap/domain';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { RequestContext } from '../../src/context';
import { AppError } from '../../src/errors';
import {
  adjustStock,
  consumeStockByHand,
  countStock,
  receiveStock,
} from '../../src/modules/stock/stock-moves.service';
import { receiveShipment, shipStock } from '../../src/modules/stock/stock-shipments.service';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { daysAgo, docNo, expectLedgerWhole, onHand } from './helpers';

/** Refusals a random movement may meet; anything else is a bug. */
const EXPECTED = new Set(['stock_negative', 'stock_shipment_received', 'stock_received_before_shipped']);

async function ctxOf(env: TestEnv): Promise<RequestContext> {
  const u = await env.handle.db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  return {
    user: { id: u.id, username: u.username, fullName: u.full_name, role: u.role, regionCode: u.region_code },
    ip: '127.0.0.1',
  };
}

const LOCATIONS = ['ID', '18', '18.71'] as const;
const op = fc.record({
  kind: fc.constantFrom('receive', 'ship', 'deliver', 'consume', 'spoil', 'adjust', 'count'),
  at: fc.constantFrom(...LOCATIONS),
  quantity: fc.integer({ min: 1, max: 60 }),
  back: fc.integer({ min: 0, max: 15 }),
  split: fc.integer({ min: 0, max: 3 }),
  sign: fc.boolean(),
});

describeEachEngine('stock ledger invariants', (env) => {
  it('random interleavings of every movement, back-dated ones included, never go negative and balance = sum of lines', async () => {
    const ctx = await ctxOf(env());
    const h = env().handle;
    const base = { item: 'BLANKO' as const };
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 25 }), async (ops) => {
        for (const o of ops) {
          const date = daysAgo(o.back);
          const down = o.at === 'ID' ? '18' : '18.71';
          try {
            if (o.kind === 'receive')
              await receiveStock(h, ctx, {
                ...base,
                location: o.at,
                quantity: o.quantity,
                occurredOn: date,
                documentNo: docNo(),
              });
            if (o.kind === 'ship' && o.at !== '18.71')
              await shipStock(h, ctx, {
                ...base,
                location: o.at,
                destination: down,
                quantity: o.quantity,
                occurredOn: date,
                documentNo: docNo(),
              });
            if (o.kind === 'deliver') {
              const open = await h.db
                .selectFrom('stock_shipments')
                .selectAll()
                .where('status', '=', 'in_transit')
                .orderBy('id')
                .executeTakeFirst();
              if (open) {
                const rejected = Math.min(o.split, Number(open.quantity));
                const on = [open.shipped_on, addDays(open.shipped_on, 1), date].sort().at(-1) ?? date;
                await receiveShipment(h, ctx, open.id, {
                  accepted: Number(open.quantity) - rejected,
                  rejected,
                  reason: 'Rusak',
                  receivedOn: [on, daysAgo(0)].sort()[0] ?? on,
                });
              }
            }
            if (o.kind === 'consume' || o.kind === 'spoil')
              await consumeStockByHand(h, ctx, {
                ...base,
                location: o.at,
                kind: o.kind,
                quantity: o.quantity,
                reason: 'Uji',
                occurredOn: date,
              });
            if (o.kind === 'adjust')
              await adjustStock(h, ctx, {
                ...base,
                location: o.at,
                quantity: o.sign ? o.quantity : -o.quantity,
                reason: 'Uji',
                occurredOn: date,
              });
            if (o.kind === 'count')
              await countStock(h, ctx, { ...base, location: o.at, counted: o.quantity, occurredOn: date });
          } catch (e) {
            if (!(e instanceof AppError) || !EXPECTED.has(e.id)) throw e;
          }
        }
        await expectLedgerWhole(env());
      }),
      { numRuns: 12, seed: 1313 },
    );
  });

  it('parallel debits on one card: exactly the stock is consumed, never below zero', async () => {
    const admin = await env().as('lampung.admin');
    const at = { location: '18.72', item: 'INK' };
    await admin.post('/api/v1/stock/receive', {
      ...at,
      quantity: 10,
      occurredOn: daysAgo(4),
      documentNo: docNo(),
    });
    const one = (back: number) =>
      admin.post('/api/v1/stock/consume', { ...at, kind: 'consume', quantity: 1, occurredOn: daysAgo(back) });
    const first = await Promise.all(Array.from({ length: 16 }, () => one(0)));
    expect(first.filter((r) => r.status === 201).length).toBe(10);
    expect(first.filter((r) => r.status === 409).length).toBe(6);
    expect(await onHand(env(), 'INK', '18.72')).toBe(0);
    // Back-dated and current debits racing against a fresh credit.
    await admin.post('/api/v1/stock/receive', {
      ...at,
      quantity: 6,
      occurredOn: daysAgo(2),
      documentNo: docNo(),
    });
    const second = await Promise.all(Array.from({ length: 12 }, (_, i) => one(i % 3)));
    expect(second.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    expect(second.filter((r) => r.status === 201).length).toBeLessThanOrEqual(6);
    await expectLedgerWhole(env());
  });
});
