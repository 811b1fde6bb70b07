import { describe, expect, it } from 'vitest';
import type { LedgerLine } from '../src/stock-ledger';
import {
  consumptionPeriods,
  consumptionQuantity,
  DEFAULT_CARD_YIELD,
  daysOfCover,
  demandQuantity,
  stockOutDays,
} from '../src/stock-planning';

const line = (
  occurredOn: string,
  quantity: number,
  consumption = quantity < 0,
): LedgerLine & { consumption: boolean } => ({
  occurredOn,
  seq: 0,
  quantity,
  consumption,
});

describe('stock planning', () => {
  it('counts the days closing at zero or below as stock-out days', () => {
    const lines = [line('2026-03-01', 10), line('2026-03-03', -10), line('2026-03-06', 5)];
    // 1st–2nd: 10; 3rd–5th: 0 (three days out); 6th: 5.
    expect(stockOutDays(lines, '2026-03-01', '2026-03-06')).toBe(3);
    expect(stockOutDays(lines, '2026-02-27', '2026-02-28')).toBe(2);
  });

  it('worked example: the demand-based quantity of a regency', () => {
    // 1,200 PRR waiting, 40 new PRR a day over a 14-day lead time = 1,760 cards; 300 on hand, 500 on the way.
    const blanko = demandQuantity({
      item: 'BLANKO',
      backlog: 1200,
      pacePerDay: 40,
      leadTimeDays: 14,
      onHand: 300,
      inTransit: 500,
      yields: DEFAULT_CARD_YIELD,
    });
    expect(blanko).toEqual({ cardsNeeded: 1760, unitsNeeded: 1760, order: 960 });
    // Ribbons of 500 cards: ⌈1,760 ÷ 500⌉ = 4, one on hand → order 3.
    const ribbon = demandQuantity({
      item: 'RIBBON',
      backlog: 1200,
      pacePerDay: 40,
      leadTimeDays: 14,
      onHand: 1,
      inTransit: 0,
      yields: DEFAULT_CARD_YIELD,
    });
    expect(ribbon?.order).toBe(3);
    expect(
      demandQuantity({
        item: 'INK',
        backlog: 1,
        pacePerDay: 0,
        leadTimeDays: 14,
        onHand: 0,
        inTransit: 0,
        yields: DEFAULT_CARD_YIELD,
      }),
    ).toBeNull();
  });

  it('worked example: the consumption-based quantity scales a period up for its stock-out days', () => {
    // Today 2026-03-31. Periods: 01-31..03-01 (30 days each, ending 03-01 and 03-31) and the one before.
    const card = [
      line('2025-12-01', 1000, false),
      line('2026-01-15', -300),
      line('2026-02-10', -400),
      // 300 left; 300 consumed on 03-21 and then out for 11 days (03-21..03-31).
      line('2026-03-21', -300),
    ];
    const periods = consumptionPeriods(card, '2026-03-31');
    expect(periods.map((p) => [p.from, p.to, p.consumed, p.stockOutDays, p.adjusted])).toEqual([
      ['2026-01-01', '2026-01-30', 300, 0, 300],
      ['2026-01-31', '2026-03-01', 400, 0, 400],
      // N = ⌈300 × 30 ÷ (30 − 11)⌉ = ⌈473.7⌉ = 474
      ['2026-03-02', '2026-03-31', 300, 11, 474],
    ]);
    // average ⌈(300 + 400 + 474) ÷ 3⌉ = 392; max = 392 × 2 = 784; order = 784 − 0 − 100 = 684.
    expect(consumptionQuantity(periods, 0, 100)).toEqual({ average: 392, maximum: 784, order: 684 });
  });

  it('days of cover to voting day, ribbon counted through its yield', () => {
    const base = {
      backlog: 600,
      pacePerDay: 20,
      today: '2026-03-01',
      votingDay: '2026-03-31',
      yields: DEFAULT_CARD_YIELD,
    };
    // Need: 600 + 20 × 30 = 1,200 cards over 30 days = 40 a day; 800 blanko last 20 days.
    expect(daysOfCover({ ...base, item: 'BLANKO', onHand: 500, inTransit: 300 })).toEqual({
      stockCards: 800,
      cardsNeeded: 1200,
      daysLeft: 30,
      daysOfCover: 20,
      shortfall: 400,
      covered: false,
    });
    // Three ribbons print 1,500 cards: covered, 37 days.
    const ribbon = daysOfCover({ ...base, item: 'RIBBON', onHand: 3, inTransit: 0 });
    expect([ribbon.stockCards, ribbon.daysOfCover, ribbon.covered]).toEqual([1500, 37, true]);
    expect(daysOfCover({ ...base, item: 'INK', onHand: 2, inTransit: 0 }).daysOfCover).toBeNull();
  });
});
