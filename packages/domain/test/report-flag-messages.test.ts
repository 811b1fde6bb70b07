import { describe, expect, it } from 'vitest';
import {
  LEGACY_FLAG_CODE,
  REPORT_FLAG_CODES,
  REPORT_FLAG_SAMPLES,
  renderReportFlag,
  showReportFlag,
  storedReportFlags,
} from '../src/report-flag-messages';
import { validateDailyReport } from '../src/report-validation';

/**
 * Texts exactly as the checks wrote them when flags were stored rendered (before migration 0014): the
 * flags' codes and parameters must render them unchanged, in both languages.
 */
const HISTORY = Array.from({ length: 15 }, (_, i) => ({
  date: `2024-02-${String(i + 1).padStart(2, '0')}`,
  cumulativeRecorded: 1000 + i * 10,
  printed: 500 + i,
  recordedToday: 10,
}));

const CASES: [string, ReturnType<typeof validateDailyReport>, [string, string][]][] = [
  [
    'Lampung with a wrong percentage and a negative printed figure',
    validateDailyReport({
      date: '2024-02-14',
      cumulativeRecorded: 6418683,
      mustHoldId: 6511448,
      statedPercent: 98.75,
      statedRemaining: 95484,
      statedRemainingPercent: 1.47,
      printed: -5,
    }),
    [
      ['Jumlah tercetak tidak boleh negatif (−5).', 'Printed cannot be negative (−5).'],
      [
        'Persentase tertulis tidak sesuai dengan hitungan: tertulis 98,75%; 6.418.683 / 6.511.448 = 98,58%.',
        'The stated percentage does not match the counts: stated 98.75%; 6,418,683 / 6,511,448 = 98.58%.',
      ],
      [
        'Sisa tertulis 95.484 (1,47%) tidak sesuai dengan hitungan: 6.511.448 − 6.418.683 = 92.765 (1,42%).',
        'The stated remaining 95,484 (1.47%) does not match the counts: 6,511,448 − 6,418,683 = 92,765 (1.42%).',
      ],
    ],
  ],
  [
    'a remaining count without its percentage',
    validateDailyReport({
      date: '2024-02-14',
      cumulativeRecorded: 900,
      mustHoldId: 1000,
      statedRemaining: 120,
    }),
    [
      [
        'Sisa tertulis 120 (12,00%) tidak sesuai dengan hitungan: 1.000 − 900 = 100 (10,00%).',
        'The stated remaining 120 (12.00%) does not match the counts: 1,000 − 900 = 100 (10.00%).',
      ],
    ],
  ],
  [
    'a remaining percentage alone',
    validateDailyReport({
      date: '2024-02-14',
      cumulativeRecorded: 900,
      mustHoldId: 1000,
      statedRemainingPercent: 12.5,
    }),
    [
      [
        'Sisa tertulis 12,50% tidak sesuai dengan hitungan: 1.000 − 900 = 100 (10,00%).',
        'The stated remaining 12.50% does not match the counts: 1,000 − 900 = 100 (10.00%).',
      ],
    ],
  ],
  [
    'recorded above wajib',
    validateDailyReport({ date: '2024-02-14', cumulativeRecorded: 1001, mustHoldId: 1000 }),
    [
      [
        'Jumlah sudah rekam 1.001 melebihi jumlah wajib KTP 1.000.',
        'Cumulative recorded 1,001 exceeds must-hold-an-e-KTP 1,000.',
      ],
    ],
  ],
  [
    'a decrease, a wrong recorded today and an outlier',
    validateDailyReport(
      { date: '2024-02-16', cumulativeRecorded: 1100, mustHoldId: 5000, recordedToday: 300, printed: 400 },
      HISTORY,
    ),
    [
      [
        'Jumlah sudah rekam 1.100 lebih kecil dari laporan 15 Feb 2024 (1.140); angka kumulatif tidak boleh turun.',
        'Cumulative recorded 1,100 is lower than in the report of 15 Feb 2024 (1,140); cumulative figures cannot decrease.',
      ],
      [
        'Jumlah tercetak 400 lebih kecil dari laporan 15 Feb 2024 (514); angka kumulatif tidak boleh turun.',
        'Printed 400 is lower than in the report of 15 Feb 2024 (514); cumulative figures cannot decrease.',
      ],
      [
        'Perekaman hari ini 300 tidak sesuai dengan selisih kumulatif 1.100 − 1.140 = −40.',
        'Recorded today 300 does not match the cumulative difference 1,100 − 1,140 = −40.',
      ],
      [
        'Perekaman hari ini 300 jauh di luar kisaran 14 hari terakhir (median 10, 10–10); mohon dicek.',
        'Recorded today 300 is far outside the last 14 days (median 10, 10–10); please check.',
      ],
    ],
  ],
];

describe('report flag messages', () => {
  it.each(CASES)('renders %s exactly as the flags were worded before', (_, flags, texts) => {
    expect(flags.map((f) => renderReportFlag(f))).toEqual(texts);
  });

  it('has a sample for every code, rendering non-empty in both languages', () => {
    expect(REPORT_FLAG_SAMPLES.map((s) => s.code).sort()).toEqual([...REPORT_FLAG_CODES].sort());
    for (const sample of REPORT_FLAG_SAMPLES) {
      const [id, en] = renderReportFlag(sample);
      expect(id.length, sample.code).toBeGreaterThan(10);
      expect(en.length, sample.code).toBeGreaterThan(10);
      expect(id).not.toBe(en);
    }
  });

  it('shows a legacy flag as it was stored, under its original code, and an unknown code generically', () => {
    const legacy = showReportFlag({
      code: LEGACY_FLAG_CODE,
      field: 'printed',
      severity: 'warning',
      params: { code: 'outlier', message: 'Teks lama.', messageEn: 'Old text.' },
    });
    expect(legacy).toEqual({
      code: 'outlier',
      field: 'printed',
      severity: 'warning',
      message: 'Teks lama.',
      messageEn: 'Old text.',
    });
    const newer = showReportFlag({
      code: 'blanko_low',
      field: 'blankoStock',
      severity: 'warning',
      params: {},
    });
    expect([newer.code, newer.message, newer.messageEn]).toEqual([
      'blanko_low',
      'Tanda blanko_low.',
      'Flag blanko_low.',
    ]);
  });

  it('reads the stored column: parameters kept, anything unreadable read as no flags', () => {
    const [stored] = validateDailyReport({ date: '2024-02-14', cumulativeRecorded: 1001, mustHoldId: 1000 });
    expect(storedReportFlags(JSON.stringify([stored]))).toEqual([stored]);
    expect(storedReportFlags('not json')).toEqual([]);
    expect(storedReportFlags('{"code":"x"}')).toEqual([]);
    expect(storedReportFlags(null)).toEqual([]);
  });
});
