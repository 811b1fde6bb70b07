import type { RegencyReportRow, Report } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { recentMonths } from '../src/features/reports/month-grid';
import { liveFlags } from '../src/features/reports/report-checks';
import { orderForReview } from '../src/features/reports/report-order';

const report = (status: Report['status'], severity?: 'error' | 'warning') =>
  ({
    status,
    flags: severity ? [{ code: 'x', field: 'printed', severity, message: '', messageEn: '' }] : [],
  }) as unknown as Report;
const row = (code: string, r: Report | null): RegencyReportRow => ({
  code,
  name: code,
  report: r,
  onTime: null,
});

describe('daily-report screens', () => {
  it("sorts the province's table by the action each row needs", () => {
    const rows = [
      row('18.01', report('approved')),
      row('18.02', null),
      row('18.03', report('returned')),
      row('18.04', report('submitted')),
      row('18.05', report('submitted', 'error')),
      row('18.06', report('submitted', 'warning')),
    ];
    expect(orderForReview(rows).map((r) => r.code)).toEqual([
      '18.05',
      '18.04',
      '18.06',
      '18.02',
      '18.03',
      '18.01',
    ]);
  });

  it('warns while typing with the server rules: the report itself, the day before, the registry', () => {
    const prefill = {
      date: '2026-12-04',
      previous: { date: '2026-12-03', cumulativeRecorded: 900, from: 'report' as const },
      facts: { population: 1000, mustHoldId: 950, source: 'registry' as const },
    };
    const typed = { cumulativeRecorded: 880, mustHoldId: 1100, recordedToday: 5 };
    const codes = liveFlags(typed, prefill, 'manual').map((f) => f.code);
    expect(codes).toEqual(['cumulative_decreased', 'recorded_today_mismatch', 'wajib_exceeds_population']);
    // Pre-filled from Sigap: Sigap's own figures are not checked against Sigap.
    expect(liveFlags(typed, prefill, 'sigap').map((f) => f.code)).not.toContain('wajib_exceeds_population');
    expect(
      liveFlags({ cumulativeRecorded: 905, mustHoldId: 950, recordedToday: 5 }, prefill, 'manual'),
    ).toEqual([]);
  });

  it('offers the last twelve months, across a year end', () => {
    expect(recentMonths('2026-02-15', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
  });
});
