import { addDays, officeToday, runningBalances } from '@sigap/domain';
import { expect } from 'vitest';
import type { TestEnv } from '../helpers/test-env';

/** A date `n` days before today on the office's clock (movements may be back-dated, never in the future). */
export const daysAgo = (n: number, region = '18') => addDays(officeToday(region), -n);

let doc = 0;
export const docNo = () => `UJI/${++doc}`;

/**
 * The ledger's invariants on what is stored: every card's running balance stays at zero or above, its
 * counter equals the sum of its lines, and in transit equals the shipments still on their way to it.
 */
export async function expectLedgerWhole(env: TestEnv): Promise<void> {
  const db = env.handle.db;
  const balances = await db.selectFrom('stock_balances').selectAll().execute();
  const lines = await db
    .selectFrom('stock_lines')
    .select(['id', 'item', 'location_code', 'occurred_on', 'quantity'])
    .execute();
  const transit = await db
    .selectFrom('stock_shipments')
    .selectAll()
    .where('status', '=', 'in_transit')
    .execute();
  for (const b of balances) {
    const card = lines
      .filter((l) => l.item === b.item && l.location_code === b.location_code)
      .map((l) => ({ occurredOn: l.occurred_on, seq: Number(l.id), quantity: Number(l.quantity) }));
    const running = runningBalances(card);
    const where = `${b.item}@${b.location_code}`;
    expect(
      running.every((l) => l.balance >= 0),
      `${where} negative`,
    ).toBe(true);
    expect(Number(b.on_hand), `${where} on hand`).toBe(card.reduce((s, l) => s + l.quantity, 0));
    const inTransit = transit
      .filter((s) => s.item === b.item && s.destination_code === b.location_code)
      .reduce((s, x) => s + Number(x.quantity), 0);
    expect(Number(b.in_transit), `${where} in transit`).toBe(inTransit);
  }
}

export async function onHand(env: TestEnv, item: string, location: string): Promise<number> {
  const r = await env.handle.db
    .selectFrom('stock_balances')
    .select('on_hand')
    .where('item', '=', item as 'BLANKO')
    .where('location_code', '=', location)
    .executeTakeFirst();
  return Number(r?.on_hand ?? 0);
}
