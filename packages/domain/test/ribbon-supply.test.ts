import { describe, expect, it } from 'vitest';
import { daysOfCover, loadedLeft, measuredYield, printsLeft } from '../src/stock-planning';

describe('prints left on the ribbon', () => {
  it('counts units on hand at the yield plus what the loaded unit still prints', () => {
    // 2 ribbons on the shelf at 400 cards each, the one in the printer has printed 310: 800 + 90.
    expect(printsLeft({ unitsOnHand: 2, loadedCards: 310, yieldCards: 400 })).toBe(890);
    expect(loadedLeft({ unitsOnHand: 2, loadedCards: 310, yieldCards: 400 })).toBe(90);
    // Nothing loaded: only the shelf.
    expect(printsLeft({ unitsOnHand: 1, loadedCards: null, yieldCards: 500 })).toBe(500);
    // A unit that printed past a lowered yield has nothing left, never a negative figure.
    expect(printsLeft({ unitsOnHand: 0, loadedCards: 460, yieldCards: 400 })).toBe(0);
  });

  it('measures the yield as the mean of finished units, rounded down', () => {
    expect(measuredYield([])).toBeNull();
    expect(measuredYield([320, 300, 281])).toBe(300);
  });

  it('adds the loaded unit to the days of cover', () => {
    const base = {
      item: 'RIBBON' as const,
      onHand: 1,
      inTransit: 0,
      backlog: 600,
      pacePerDay: 0,
      today: '2026-03-01',
      votingDay: '2026-03-31',
      yields: { RIBBON: 400, FILM: 500 },
    };
    // 600 cards over 30 days = 20 a day; 1 unit × 400 = 400 cards → 20 days; + 200 left on the loaded → 30.
    expect(daysOfCover(base).daysOfCover).toBe(20);
    expect(daysOfCover({ ...base, loadedCards: 200 })).toMatchObject({ stockCards: 600, daysOfCover: 30 });
  });
});
