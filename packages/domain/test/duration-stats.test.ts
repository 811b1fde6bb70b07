import { describe, expect, it } from 'vitest';
import { durationStats, minutesBetween, nearestRank } from '../src/duration-stats';

describe('duration stats', () => {
  it('takes the median and the 90th percentile by nearest rank', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(nearestRank(ten, 50)).toBe(5);
    expect(nearestRank(ten, 90)).toBe(9);
    expect(nearestRank([7], 90)).toBe(7);
    expect(nearestRank([], 50)).toBeUndefined();
    expect(durationStats([10, 2, 30, 4])).toEqual({ count: 4, median: 4, p90: 30 });
  });

  it('leaves out negative durations and answers nulls for none', () => {
    expect(durationStats([-3, 5])).toEqual({ count: 1, median: 5, p90: 5 });
    expect(durationStats([])).toEqual({ count: 0, median: null, p90: null });
  });

  it('measures minutes between timestamps', () => {
    expect(minutesBetween('2026-01-05T01:00:00.000Z', '2026-01-05T01:12:30.000Z')).toBe(12.5);
    expect(minutesBetween(null, '2026-01-05T01:00:00.000Z')).toBeNull();
  });
});
