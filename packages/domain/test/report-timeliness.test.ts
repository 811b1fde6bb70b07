import { describe, expect, it } from 'vitest';
import { dueReportDate, monthDays, reportCellState, timeliness } from '../src/report-timeliness';

const WIB = 'Asia/Jakarta' as const;

describe('daily-report timeliness over a month', () => {
  it('lists the days of a month, leap February included', () => {
    expect(monthDays('2028-02')).toHaveLength(29);
    expect(monthDays('2026-12').at(-1)).toBe('2026-12-31');
  });

  it('owes yesterday before the cutoff and today after it, on the regency clock', () => {
    expect(dueReportDate('18.71', new Date('2026-12-04T09:59:00Z'), 17)).toBe('2026-12-03'); // 16.59 WIB
    expect(dueReportDate('18.71', new Date('2026-12-04T10:00:00Z'), 17)).toBe('2026-12-04'); // 17.00 WIB
    expect(dueReportDate('52.01', new Date('2026-12-04T09:00:00Z'), 17)).toBe('2026-12-04'); // 17.00 WITA
  });

  it('classes each day: on time, late, returned, missing, or not yet owed', () => {
    const due = '2026-12-03';
    const state = (date: string, r?: Parameters<typeof reportCellState>[1]) =>
      reportCellState(date, r, due, WIB, 17);
    expect(state('2026-12-01', { status: 'approved', submittedAt: '2026-12-01T09:59:00Z' })).toBe('on_time');
    expect(state('2026-12-01', { status: 'submitted', submittedAt: '2026-12-01T10:00:00Z' })).toBe('late');
    expect(state('2026-12-02', { status: 'returned', submittedAt: '2026-12-02T01:00:00Z' })).toBe('returned');
    expect(state('2026-12-03')).toBe('missing');
    expect(state('2026-12-04')).toBe('not_due');
    // Sent early for today: counted, before its cutoff.
    expect(state('2026-12-04', { status: 'submitted', submittedAt: '2026-12-04T02:00:00Z' })).toBe('on_time');
  });

  it('rates a regency month on the days it owed (DHIS2: on time / expected)', () => {
    expect(timeliness(['on_time', 'late', 'missing', 'returned', 'not_due', 'not_due'])).toEqual({
      expected: 4,
      reported: 3,
      onTime: 1,
      onTimeRate: 0.25,
      reportingRate: 0.75,
    });
    expect(timeliness(['not_due'])).toMatchObject({ expected: 0, onTimeRate: null, reportingRate: null });
  });
});
