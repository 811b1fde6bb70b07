import { describe, expect, it } from 'vitest';
import { addDays } from '../src/dates';
import { type ForecastPoint, forecastCoverage } from '../src/forecast';
import { daysBetween } from '../src/timezones';

const TODAY = '2024-10-01';
const VOTING = '2024-11-27';

/** Daily points from `days` ago up to today; `recordedAt(x)` with x = 0 today, −1 yesterday, … */
function series(days: number, recordedAt: (x: number) => number, wajib = 100_000): ForecastPoint[] {
  return Array.from({ length: days + 1 }, (_, i) => {
    const x = i - days;
    return { date: addDays(TODAY, x), recorded: Math.round(recordedAt(x)), mustHoldId: wajib };
  });
}

const codes = (f: { reasons: { code: string }[] }) => f.reasons.map((r) => r.code);

describe('forecastCoverage: steady progress', () => {
  const f = forecastCoverage({ series: series(60, (x) => 80_000 + 500 * x), today: TODAY, deadline: VOTING });

  it('measures pace over 7 and 28 days and the gap', () => {
    expect(f.paceLast7).toBe(500);
    expect(f.paceLast28).toBe(500);
    expect(f.recorded).toBe(80_000);
    expect(f.remaining).toBe(20_000);
    expect(f.targetCount).toBe(100_000);
  });

  it('projects a straight line and a collapsed band', () => {
    expect(f.model).toBe('linear');
    expect(f.projectedDate).toBe(addDays(TODAY, 40));
    expect([f.low, f.high]).toEqual([addDays(TODAY, 40), addDays(TODAY, 40)]);
    expect(f.status).toBe('on_track');
    expect(codes(f)).toEqual(['model_linear', 'projected_before_voting_day']);
  });

  it('states the rate required by voting day', () => {
    expect(f.requiredDailyRate).toBe(Math.ceil(20_000 / daysBetween(TODAY, VOTING)));
  });

  it('is off track when the same pace ends after voting day', () => {
    const late = forecastCoverage({
      series: series(60, (x) => 60_000 + 500 * x),
      today: TODAY,
      deadline: VOTING,
    });
    expect(late.projectedDate).toBe(addDays(TODAY, 80));
    expect(late.status).toBe('off_track');
    expect(codes(late)).toContain('projected_after_voting_day');
    expect(late.reasons.at(-1)?.message).toContain('Rabu, 27 November 2024');
  });
});

describe('forecastCoverage: when it must not guess', () => {
  it('says the history is too short with fewer than 7 days', () => {
    const f = forecastCoverage({
      series: series(5, (x) => 50_000 + 100 * x),
      today: TODAY,
      deadline: VOTING,
    });
    expect(f.status).toBe('insufficient_history');
    expect(f.projectedDate).toBeNull();
    expect([f.low, f.high]).toEqual([null, null]);
    expect(f.paceLast7).toBeNull();
    expect(f.requiredDailyRate).toBe(Math.ceil(50_000 / daysBetween(TODAY, VOTING)));
    expect(f.reasons[0]?.message).toContain('5 hari');
  });

  it('handles an empty series', () => {
    const f = forecastCoverage({ series: [], today: TODAY });
    expect(f).toMatchObject({
      status: 'insufficient_history',
      recorded: 0,
      remaining: 0,
      projectedDate: null,
    });
  });

  it('says progress stalled when nothing moved for a week', () => {
    const f = forecastCoverage({ series: series(40, (x) => 90_000 + 300 * Math.min(x, -8)), today: TODAY });
    expect(f.paceLast7).toBe(0);
    expect(f.status).toBe('stalled');
    expect(f.projectedDate).toBeNull();
    expect(codes(f)).toEqual(['stalled', 'pace_falling']);
  });
});

describe('forecastCoverage: targets', () => {
  it('is reached when recorded meets the target', () => {
    const f = forecastCoverage({ series: series(30, () => 100_000), today: TODAY, deadline: VOTING });
    expect(f).toMatchObject({
      status: 'reached',
      remaining: 0,
      projectedDate: null,
      requiredDailyRate: null,
    });
  });

  it('is reached when the target is below the current share', () => {
    const f = forecastCoverage({ series: series(30, (x) => 95_000 + 10 * x), today: TODAY, target: 0.9 });
    expect(f).toMatchObject({ status: 'reached', targetCount: 90_000, remaining: 0 });
  });

  it('counts wajib on the reference date (first-time voters) when given', () => {
    const f = forecastCoverage({
      series: series(30, (x) => 90_000 + 100 * x),
      today: TODAY,
      mustHoldIdOnReference: 102_000,
    });
    expect(f.remaining).toBe(12_000);
  });

  it('says there is nothing to forecast where nobody must hold an ID', () => {
    const f = forecastCoverage({ series: series(30, () => 0, 0), today: TODAY, deadline: VOTING });
    expect(f).toMatchObject({ status: 'insufficient_history', remaining: 0, projectedDate: null });
    expect(codes(f)).toEqual(['no_residents']);
  });

  it('refuses a target outside (0, 1]', () => {
    expect(() => forecastCoverage({ series: [], today: TODAY, target: 1.2 })).toThrow(RangeError);
    expect(() => forecastCoverage({ series: [], today: TODAY, target: 0 })).toThrow(RangeError);
  });
});

describe('forecastCoverage: the band holds its estimate', () => {
  // Shapes where the fitted curve is itself the fastest or the slowest of the refits: with the refits' plain
  // min and max the estimate sat at one end of its own band ("17 Juli 2027 (antara 5 Mei dan 17 Juli)").
  const shapes: [string, (x: number) => number][] = [
    ['a jump two weeks ago, slow since', (x) => 1_000 + 3 * (x + 28) + (x >= -14 ? 200 : 0)],
    ['slow for a month, fast this week', (x) => 1_000 + (x >= -7 ? 21 + 9 * (x + 7) : 1 * (x + 28))],
    ['fast for a month, slow this week', (x) => 1_000 + (x >= -7 ? 200 + (x + 7) : 10 * (x + 28))],
  ];
  for (const [name, shape] of shapes) {
    it(`puts the estimate strictly inside its band: ${name}`, () => {
      const f = forecastCoverage({ series: series(28, shape, 3_000), today: TODAY });
      const { low, projectedDate: at, high } = f;
      if (low === null || at === null) throw new Error('expected a projection with a band');
      expect(low < at).toBe(true);
      if (high !== null) expect(at < high).toBe(true);
    });
  }
});

describe('forecastCoverage: reconstructed (backfill/demo) days', () => {
  // 30 reconstructed days at 25 a day, then a step of 632 onto the first real close, then 10 real days at 25.
  const points: ForecastPoint[] = series(40, (x) => 50_000 + 25 * (x + 40) + (x >= -10 ? 632 : 0)).map(
    (p, i) => ({ ...p, seeded: i < 30 }),
  );

  it('keeps the step onto the first real close out of the pace once a week of real closes exists', () => {
    const f = forecastCoverage({ series: points, today: TODAY });
    expect(f.paceLast7).toBe(25);
    // Over 28 days the step would read as (28 × 25 + 632) / 28 ≈ 48 a day; real closes span only 10 days.
    expect(f.paceLast28).toBeNull();
    expect(f.reasons.map((r) => r.code)).not.toContain('seeded_history');
  });

  it('says so when the pace can only come from reconstructed days', () => {
    const f = forecastCoverage({ series: points.slice(0, 34), today: addDays(TODAY, -7) });
    expect(f.reasons.map((r) => r.code)).toContain('seeded_history');
  });
});
