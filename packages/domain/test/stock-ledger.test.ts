import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjustedConsumption,
  balanceOf,
  balanceOn,
  countDifference,
  firstNegativeAfter,
  type LedgerLine,
  orderQuantity,
  runningBalances,
} from '../src/stock-ledger';

const line = (occurredOn: string, seq: number, quantity: number): LedgerLine => ({
  occurredOn,
  seq,
  quantity,
});

describe('stock ledger', () => {
  it('orders lines by occurred date, then processing order, with running balances', () => {
    const lines = [line('2026-03-02', 1, 500), line('2026-03-01', 3, 10), line('2026-03-02', 2, -3)];
    expect(runningBalances(lines).map((l) => [l.seq, l.balance])).toEqual([
      [3, 10],
      [1, 510],
      [2, 507],
    ]);
    expect(balanceOn(lines, '2026-03-01')).toBe(10);
  });

  it('refuses a back-dated debit that today could absorb but that drives an earlier balance below zero', () => {
    // 100 received on the 1st, 100 consumed on the 3rd, 200 received on the 5th: today's balance is 200.
    const lines = [line('2026-03-01', 1, 100), line('2026-03-03', 2, -100), line('2026-03-05', 3, 200)];
    expect(balanceOf(lines)).toBe(200);
    expect(firstNegativeAfter(lines, line('2026-03-02', 4, -50))).toEqual({
      date: '2026-03-03',
      balance: -50,
    });
    expect(firstNegativeAfter(lines, line('2026-03-06', 4, -50))).toBeNull();
  });

  it('derives a count line from the balance on its date', () => {
    const lines = [line('2026-03-01', 1, 500), line('2026-03-04', 2, -20)];
    expect(countDifference(lines, '2026-03-03', 497)).toBe(-3);
    expect(countDifference(lines, '2026-03-05', 480)).toBe(0);
  });

  it('scales consumption up for stock-out days and orders up to the maximum (worked examples)', () => {
    // 450 cards in a month with 10 days out of stock: ⌈450 × 30 ÷ 20⌉ = 675.
    expect(adjustedConsumption(450, 10)).toBe(675);
    expect(adjustedConsumption(450, 0)).toBe(450);
    expect(adjustedConsumption(900, 15, 2)).toBe(Math.ceil((900 * 60) / 45));
    // Average of 675, 600, 525 = 600; three months of stock = 1,800; on hand 500, in transit 300 → 1,000.
    expect(
      orderQuantity({
        adjustedConsumptions: [675, 600, 525],
        periodsOfStock: 3,
        onHand: 500,
        inTransit: 300,
      }),
    ).toEqual({
      average: 600,
      maximum: 1800,
      order: 1000,
    });
    expect(
      orderQuantity({ adjustedConsumptions: [10], periodsOfStock: 1, onHand: 50, inTransit: 0 }).order,
    ).toBe(0);
  });

  it('property: lines admitted by the check, in any order and with any dates, never make a balance negative', () => {
    const move = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      quantity: fc.integer({ min: -60, max: 80 }),
    });
    fc.assert(
      fc.property(fc.array(move, { maxLength: 60 }), (moves) => {
        const card: LedgerLine[] = [];
        moves.forEach((m, seq) => {
          const l = line(`2026-02-${String(m.day).padStart(2, '0')}`, seq, m.quantity);
          if (firstNegativeAfter(card, l) === null) card.push(l);
        });
        const balances = runningBalances(card);
        expect(balances.every((b) => b.balance >= 0)).toBe(true);
        expect(balances.at(-1)?.balance ?? 0).toBe(balanceOf(card));
      }),
      { numRuns: 300 },
    );
  });
});
