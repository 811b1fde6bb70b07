import { describe, expect, it } from 'vitest';
import {
  dailySeries,
  isOutlier,
  median,
  percentAgrees,
  type SeriesDay,
  statedDecimals,
} from '../src/report-stats';

const zeros = (length: number) => Array.from({ length }, () => 0);

describe('stated precision', () => {
  it('reads the precision from what was written', () => {
    expect(statedDecimals(98.58)).toBe(2);
    expect(statedDecimals(98.6)).toBe(1);
    expect(statedDecimals(99)).toBe(0);
    expect(statedDecimals(-1.5)).toBe(1);
    expect(statedDecimals(1 / 3)).toBe(6);
  });

  it('tolerates half a unit of the last written digit', () => {
    const ratio = 6_418_683 / 6_511_448; // 98.5753…%
    expect(percentAgrees(98.58, ratio)).toBe(true);
    expect(percentAgrees(98.6, ratio)).toBe(true);
    expect(percentAgrees(99, ratio)).toBe(true);
    expect(percentAgrees(98.57, ratio)).toBe(false);
    expect(percentAgrees(98.59, ratio)).toBe(false);
    expect(percentAgrees(98.5, ratio)).toBe(false);
    expect(percentAgrees(98, ratio)).toBe(false);
    expect(percentAgrees(100, 1)).toBe(true);
  });
});

describe('robust range', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });

  it('needs seven known days before judging', () => {
    expect(isOutlier(10_000, [100, 100, 100, 100, 100, 100])).toBe(false);
    expect(isOutlier(10_000, [100, 100, 100, 100, 100, 100, 100])).toBe(true);
  });

  it('does not flag small moves of a flat series (floor of 10% of the median, and of 1)', () => {
    const flat = Array.from({ length: 14 }, () => 100);
    expect(isOutlier(125, flat)).toBe(false);
    expect(isOutlier(131, flat)).toBe(true);
    expect(isOutlier(69, flat)).toBe(true);
    expect(isOutlier(1, zeros(10))).toBe(false);
    expect(isOutlier(4, zeros(10))).toBe(true);
  });

  it('catches a spike above three times the highest day even when days vary widely', () => {
    const wild = [0, 0, 0, 0, 0, 300, 300, 300, 300, 300];
    expect(isOutlier(901, wild)).toBe(true);
    expect(isOutlier(800, wild)).toBe(false);
  });

  it('is not fooled by one earlier spike', () => {
    const withSpike = [100, 110, 90, 100, 105, 95, 100, 2000];
    expect(isOutlier(1500, withSpike)).toBe(true);
  });

  it('builds the series from typed days, or from differences of consecutive reports', () => {
    const h: SeriesDay[] = [
      { date: '2024-02-06', cumulativeRecorded: 100 },
      { date: '2024-02-07', cumulativeRecorded: 130 },
      { date: '2024-02-08', cumulativeRecorded: 150, recordedToday: 21 },
      { date: '2024-02-09', cumulativeRecorded: 170 },
      { date: '2024-01-01', cumulativeRecorded: 1, recordedToday: 999 },
    ];
    expect(dailySeries('2024-02-10', h)).toEqual([30, 21, 20]);
  });
});
