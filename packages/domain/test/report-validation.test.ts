import { describe, expect, it } from 'vitest';
import { addDays } from '../src/dates';
import { showReportFlag } from '../src/report-flag-messages';
import {
  type PriorReport,
  type ReportFigures,
  type ReportFlag,
  validateDailyReport,
} from '../src/report-validation';

/** Lampung's published report of 31 December 2023 (DESIGN.md): consistent percent, wrong remaining. */
const LAMPUNG: ReportFigures = {
  date: '2023-12-31',
  cumulativeRecorded: 6_418_683,
  mustHoldId: 6_511_448,
  statedPercent: 98.58,
  statedRemaining: 95_484,
  statedRemainingPercent: 1.47,
};

/** A flag as a reader sees it: its text rendered from the stored parameters. */
const shown = (f: ReportFlag | undefined) => (f ? showReportFlag(f) : undefined);
const codes = (f: ReportFigures, h: PriorReport[] = []) => validateDailyReport(f, h).map((x) => x.code);
const base: ReportFigures = { date: '2024-02-10', cumulativeRecorded: 900, mustHoldId: 1000 };

/** `days` consecutive reports before `date`, each recording `perDay(i)`. */
function history(date: string, perDay: (i: number) => number, days = 14, start = 500): PriorReport[] {
  const out: PriorReport[] = [];
  let cum = start;
  for (let i = days; i >= 1; i--) {
    const today = perDay(i);
    cum += today;
    out.push({ date: addDays(date, -i), cumulativeRecorded: cum, recordedToday: today, printed: 10 });
  }
  return out;
}

describe('the Lampung example', () => {
  it('flags the remaining figure, stating computed and stated numbers in Indonesian format', () => {
    const flags = validateDailyReport(LAMPUNG);
    expect(flags.map((f) => f.code)).toEqual(['remaining_mismatch']);
    const [f] = flags;
    expect(f?.severity).toBe('error');
    expect(f?.field).toBe('statedRemaining');
    expect(shown(f)?.message).toContain('95.484 (1,47%)');
    expect(shown(f)?.message).toContain('6.511.448 − 6.418.683 = 92.765 (1,42%)');
    expect(shown(f)?.messageEn).toContain('95,484 (1.47%)');
    expect(shown(f)?.messageEn).toContain('92,765 (1.42%)');
  });

  it('derives the stated remaining percent from the count when none was written', () => {
    const [f] = validateDailyReport({ ...LAMPUNG, statedRemainingPercent: null });
    expect(shown(f)?.message).toContain('95.484 (1,47%)');
    expect(shown(f)?.message).toContain('92.765 (1,42%)');
  });

  it('accepts the corrected figures', () => {
    expect(codes({ ...LAMPUNG, statedRemaining: 92_765, statedRemainingPercent: 1.42 })).toEqual([]);
  });

  it('flags a right count with a wrong remaining percent on the percent field', () => {
    const flags = validateDailyReport({ ...LAMPUNG, statedRemaining: 92_765 });
    expect(flags.map((f) => [f.code, f.field])).toEqual([['remaining_mismatch', 'statedRemainingPercent']]);
  });
});

describe('percent_mismatch', () => {
  it('flags a wrong percentage with the computation', () => {
    const [f] = validateDailyReport({ ...LAMPUNG, statedPercent: 98.75, statedRemaining: null });
    expect(f?.code).toBe('percent_mismatch');
    expect(f?.field).toBe('statedPercent');
    expect(shown(f)?.message).toContain('98,75%');
    expect(shown(f)?.message).toContain('6.418.683 / 6.511.448 = 98,58%');
  });

  it('skips percentages when there is no wajib to divide by', () => {
    expect(codes({ ...base, cumulativeRecorded: 0, mustHoldId: 0, statedPercent: 50 })).toEqual([]);
  });
});

describe('impossible numbers', () => {
  it('flags recorded above wajib', () => {
    const flags = validateDailyReport({ ...base, cumulativeRecorded: 1001 });
    expect(flags.map((f) => [f.code, f.field, f.severity])).toEqual([
      ['recorded_exceeds_wajib', 'cumulativeRecorded', 'error'],
    ]);
    expect(shown(flags[0])?.message).toContain('1.001');
  });

  it('allows recorded equal to wajib', () => {
    expect(codes({ ...base, cumulativeRecorded: 1000, statedPercent: 100, statedRemaining: 0 })).toEqual([]);
  });

  it('flags every negative figure on its own field', () => {
    const flags = validateDailyReport({ ...base, recordedToday: -5, blankoStock: -1, suketIssued: 3 });
    expect(flags.filter((f) => f.code === 'negative_value').map((f) => f.field)).toEqual([
      'recordedToday',
      'blankoStock',
    ]);
    expect(shown(flags[0])?.message).toContain('−5');
  });

  it('flags a remaining count that does not match exactly', () => {
    expect(codes({ ...base, statedRemaining: 101 })).toEqual(['remaining_mismatch']);
    expect(codes({ ...base, statedRemaining: 100 })).toEqual([]);
  });
});

describe('against earlier reports', () => {
  const prev: PriorReport = { date: '2024-02-09', cumulativeRecorded: 880, printed: 500 };

  it('flags cumulative recorded or printed lower than the previous report', () => {
    const flags = validateDailyReport({ ...base, cumulativeRecorded: 870, printed: 490 }, [prev]);
    expect(flags.map((f) => [f.code, f.field])).toEqual([
      ['cumulative_decreased', 'cumulativeRecorded'],
      ['cumulative_decreased', 'printed'],
    ]);
    expect(shown(flags[0])?.message).toContain('9 Feb 2024');
  });

  it('compares with the latest earlier report, ignoring later ones', () => {
    const older: PriorReport = { date: '2024-02-01', cumulativeRecorded: 950 };
    const later: PriorReport = { date: '2024-02-12', cumulativeRecorded: 990 };
    expect(codes(base, [older, prev, later])).toEqual([]);
  });

  it('checks recorded today against the difference with the day before', () => {
    expect(codes({ ...base, recordedToday: 20 }, [prev])).toEqual([]);
    const [f] = validateDailyReport({ ...base, recordedToday: 25 }, [prev]);
    expect(f?.code).toBe('recorded_today_mismatch');
    expect(shown(f)?.message).toContain('900 − 880 = 20');
  });

  it('does not compare a day with a report older than the day before', () => {
    expect(codes({ ...base, recordedToday: 25 }, [{ ...prev, date: '2024-02-07' }])).toEqual([]);
  });

  it('does not check recorded today when it was not stated', () => {
    expect(codes(base, [prev])).toEqual([]);
  });
});

describe('outliers', () => {
  const steady = (i: number) => 100 + (i % 3) * 10; // 100, 110, 120 …
  const at = (today: number, h: PriorReport[]) => {
    const last = h.at(-1)?.cumulativeRecorded ?? 0;
    return { date: base.date, cumulativeRecorded: last + today, mustHoldId: 100_000, recordedToday: today };
  };

  it('warns on a day far above or below the recent range', () => {
    const h = history(base.date, steady);
    for (const today of [400, 0]) {
      const flags = validateDailyReport(at(today, h), h);
      expect(flags.map((f) => [f.code, f.severity])).toEqual([['outlier', 'warning']]);
      expect(shown(flags[0])?.message).toContain('14 hari');
    }
  });

  it('accepts a day inside the range', () => {
    const h = history(base.date, steady);
    expect(codes(at(130, h), h)).toEqual([]);
    expect(codes(at(85, h), h)).toEqual([]);
  });

  it('needs seven known days before judging', () => {
    const h = history(base.date, steady, 6);
    expect(codes(at(5000, h), h)).toEqual([]);
  });

  it('uses the difference with the day before when recorded today was not stated', () => {
    const h = history(base.date, steady);
    const { recordedToday: _, ...noToday } = at(900, h);
    expect(codes(noToday, h)).toEqual(['outlier']);
  });
});

it('lists errors before warnings', () => {
  const h = history(base.date, () => 100);
  const last = h.at(-1)?.cumulativeRecorded ?? 0;
  const flags = validateDailyReport(
    { date: base.date, cumulativeRecorded: last + 5000, mustHoldId: 1000, recordedToday: 5000 },
    h,
  );
  expect(flags.map((f) => f.code)).toEqual(['recorded_exceeds_wajib', 'outlier']);
});
