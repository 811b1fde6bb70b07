import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/dates';
import { type ForecastPoint, forecastCoverage, HORIZON_DAYS } from '../src/forecast';
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

describe('forecastCoverage: the hard-to-reach tail', () => {
  // The gap halves every 20 days: the pace shrinks with the gap.
  const k = Math.LN2 / 20;
  const gap = (x: number) => 20_000 * Math.exp(-k * x);
  const f = forecastCoverage({
    series: series(60, (x) => 100_000 - gap(x)),
    today: TODAY,
    deadline: VOTING,
    target: 0.99,
  });

  it('chooses the decay and projects when the gap falls below the target slack', () => {
    expect(f.model).toBe('decay');
    const expected = Math.log(20_000 / 1_000) / k;
    expect(Math.abs(daysBetween(TODAY, f.projectedDate as string) - expected)).toBeLessThanOrEqual(1.5);
    expect(codes(f)[0]).toBe('model_decay');
    expect(f.reasons[0]?.messageEn).toContain('halves every 20 days');
  });

  it('is later than a straight line at the 7-day pace would say', () => {
    const linearDays = f.remaining / (f.paceLast7 as number);
    expect(daysBetween(TODAY, f.projectedDate as string)).toBeGreaterThan(linearDays);
    expect(f.status).toBe('off_track');
  });

  it('flags the falling pace', () => {
    const steep = forecastCoverage({
      series: series(60, (x) => 100_000 - 20_000 * Math.exp((-Math.LN2 / 8) * x)),
      today: TODAY,
      target: 0.95,
    });
    expect((steep.paceLast7 as number) / (steep.paceLast28 as number)).toBeLessThan(0.7);
    expect(codes(steep)).toContain('pace_falling');
  });

  it('reaches 100% only through the half-resident floor, far in the future', () => {
    const full = forecastCoverage({ series: series(60, (x) => 100_000 - gap(x)), today: TODAY });
    expect(full.model).toBe('decay');
    const expected = Math.log(20_000 / 0.5) / k;
    expect(Math.abs(daysBetween(TODAY, full.projectedDate as string) - expected)).toBeLessThanOrEqual(1.5);
  });
});

describe('forecastCoverage: data corrections and odd input', () => {
  it('keeps pace non-negative when recorded goes down', () => {
    const f = forecastCoverage({
      series: series(30, (x) => (x < -3 ? 90_000 + 100 * x : 85_000 + 100 * x)),
      today: TODAY,
    });
    expect(f.paceLast7).toBe(0);
    expect(f.status).toBe('stalled');
    expect(codes(f)).toContain('data_correction');
  });

  it('still projects when a small correction is outweighed by progress', () => {
    const f = forecastCoverage({
      series: series(30, (x) => 60_000 + 1_000 * x - (x >= -3 ? 1_500 : 0)),
      today: TODAY,
    });
    expect(f.status).toBe('on_track');
    expect(codes(f)).toContain('data_correction');
    expect(f.projectedDate && f.projectedDate > TODAY).toBe(true);
  });

  it('ignores points after today and duplicated dates', () => {
    const s = series(20, (x) => 50_000 + 200 * x);
    const f = forecastCoverage({
      series: [
        ...s,
        { date: addDays(TODAY, 3), recorded: 1, mustHoldId: 1 },
        { ...(s[5] as ForecastPoint), recorded: 49_000 },
      ],
      today: TODAY,
    });
    expect(f.recorded).toBe(50_000);
    expect(f.paceLast7).toBe(200);
  });

  it('marks a passed voting day as off track', () => {
    const f = forecastCoverage({
      series: series(30, (x) => 50_000 + 200 * x),
      today: TODAY,
      deadline: '2024-02-14',
    });
    expect(f.status).toBe('off_track');
    expect(f.requiredDailyRate).toBeNull();
    expect(codes(f)).toContain('voting_day_passed');
  });

  it('reports no date beyond the horizon', () => {
    const f = forecastCoverage({ series: series(30, (x) => 10_000 + x), today: TODAY, deadline: VOTING });
    expect(f.projectedDate).toBeNull();
    expect(f.status).toBe('off_track');
    expect(codes(f)).toContain('beyond_horizon');
    expect(HORIZON_DAYS).toBe(3650);
  });

  it('never projects into the past nor a negative pace (property)', () => {
    const step = fc.integer({ min: -200, max: 2_000 });
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 0, maxLength: 70 }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (steps, t) => {
          let r = 40_000;
          const s = steps.map((d, i) => {
            r = Math.max(0, r + d);
            return { date: addDays(TODAY, i - steps.length + 1), recorded: r, mustHoldId: 100_000 };
          });
          const f = forecastCoverage({ series: s, today: TODAY, deadline: VOTING, target: t });
          if (f.paceLast7 !== null) expect(f.paceLast7).toBeGreaterThanOrEqual(0);
          if (f.paceLast28 !== null) expect(f.paceLast28).toBeGreaterThanOrEqual(0);
          if (f.projectedDate) expect(f.projectedDate > TODAY).toBe(true);
          if (f.low && f.projectedDate) expect(f.low <= f.projectedDate).toBe(true);
          if (f.high && f.projectedDate) expect(f.high >= f.projectedDate).toBe(true);
          if (f.low) expect(f.low > TODAY).toBe(true);
          expect(f.remaining).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('NTB, April 2018: "200 thousand left, done by early June"', () => {
  // ~3.7M wajib; ~279k unrecorded at the end of March, 200k on 12 April; Pilkada on 27 June 2018.
  const today = '2018-04-12';
  const wajib = 3_700_000;
  const build = (gapAt: (x: number) => number) =>
    Array.from({ length: 29 }, (_, i) => ({
      date: addDays(today, i - 28),
      recorded: Math.round(wajib - gapAt(i - 28)),
      mustHoldId: wajib,
    }));

  it('a steady 4,000 a day does finish in early June, before voting day', () => {
    const f = forecastCoverage({ series: build((x) => 200_000 - 4_000 * x), today, deadline: '2018-06-27' });
    expect(f.projectedDate).toBe('2018-06-01');
    expect(f.status).toBe('on_track');
    expect(f.requiredDailyRate).toBe(Math.ceil(200_000 / 76));
  });

  it('the reported pace decaying like a hard-to-reach tail does not reach 100% by voting day', () => {
    const k = Math.log(279_000 / 200_000) / 12;
    const f = forecastCoverage({
      series: build((x) => 200_000 * Math.exp(-k * x)),
      today,
      deadline: '2018-06-27',
    });
    expect(f.model).toBe('decay');
    expect(f.status).toBe('off_track');
    expect(f.projectedDate && f.projectedDate > '2019-01-01').toBe(true);
    expect(f.paceLast7).toBeGreaterThan(f.requiredDailyRate as number);
  });
});

describe('forecast reason wording', () => {
  it('says "1 recording a day is needed", not "1 recordings a day"', async () => {
    const { forecastReasons } = await import('../src/forecast-reasons');
    expect(forecastReasons.offTrack('2027-09-15', 1).messageEn).toContain('1 recording a day is needed');
    expect(forecastReasons.offTrack('2027-09-15', 1.2).messageEn).toContain('1 recording a day is needed');
    expect(forecastReasons.offTrack('2027-09-15', 25).messageEn).toContain('25 recordings a day are needed');
  });
});
