import { addDays } from './dates';
import { formatDateShort, formatNumber, formatPercent, type Locale } from './format';
import { dailySeries, isOutlier, median, percentAgrees, statedDecimals } from './report-stats';

export * from './report-stats';

/** Where a daily report's figures come from: Sigap's own counts, or typed in by the regency. */
export const REPORT_SOURCES = ['sigap', 'manual'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];
/** A daily report waits for the province's review, which approves it or returns it for correction. */
export const REPORT_STATUSES = ['submitted', 'approved', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The checks a regency's daily report goes through; stable ids for clients and stored flags. */
export type ReportFlagCode =
  | 'negative_value'
  | 'recorded_exceeds_wajib'
  | 'cumulative_decreased'
  | 'recorded_today_mismatch'
  | 'percent_mismatch'
  | 'remaining_mismatch'
  | 'outlier';

/** A finding beside one figure: errors make the numbers impossible, warnings ask for a follow-up. */
export interface ReportFlag {
  code: ReportFlagCode;
  field: string;
  severity: 'error' | 'warning';
  message: string;
  messageEn: string;
}

/** The figures a regency states for one day (absent or null: not stated). Percentages as written: 98.58. */
export interface ReportFigures {
  date: string;
  cumulativeRecorded: number;
  mustHoldId: number;
  recordedToday?: number | null;
  printReadyWaiting?: number | null;
  printed?: number | null;
  blankoStock?: number | null;
  suketIssued?: number | null;
  statedPercent?: number | null;
  statedRemaining?: number | null;
  statedRemainingPercent?: number | null;
}

/** An earlier report of the same regency, as far as the checks need it. */
export interface PriorReport {
  date: string;
  cumulativeRecorded: number;
  printed?: number | null;
  recordedToday?: number | null;
}

type Text = { id: string; en: string };
const LABELS: Record<string, Text> = {
  recordedToday: { id: 'Perekaman hari ini', en: 'Recorded today' },
  cumulativeRecorded: { id: 'Jumlah sudah rekam', en: 'Cumulative recorded' },
  mustHoldId: { id: 'Jumlah wajib KTP', en: 'Must hold an e-KTP' },
  printReadyWaiting: { id: 'PRR belum cetak', en: 'PRR waiting for print' },
  printed: { id: 'Jumlah tercetak', en: 'Printed' },
  blankoStock: { id: 'Stok blangko', en: 'Blanko in stock' },
  suketIssued: { id: 'Suket terbit', en: 'Suket issued' },
  statedPercent: { id: 'Persentase tertulis', en: 'Stated percentage' },
  statedRemaining: { id: 'Sisa tertulis', en: 'Stated remaining' },
  statedRemainingPercent: { id: 'Persentase sisa tertulis', en: 'Stated remaining percentage' },
};

const n = (v: number, l: Locale) => formatNumber(v, l);
const pct = (ratio: number, l: Locale, digits: number) => formatPercent(ratio, l, digits);

function flag(code: ReportFlagCode, field: string, severity: ReportFlag['severity'], t: Text): ReportFlag {
  return { code, field, severity, message: t.id, messageEn: t.en };
}

function negativeFlags(f: ReportFigures): ReportFlag[] {
  const out: ReportFlag[] = [];
  for (const [field, label] of Object.entries(LABELS)) {
    const v = f[field as keyof ReportFigures];
    if (typeof v !== 'number' || v >= 0) continue;
    out.push(
      flag('negative_value', field, 'error', {
        id: `${label.id} tidak boleh negatif (${n(v, 'id')}).`,
        en: `${label.en} cannot be negative (${n(v, 'en')}).`,
      }),
    );
  }
  return out;
}

function decreaseFlags(f: ReportFigures, prev: PriorReport): ReportFlag[] {
  const pairs: [string, number | null | undefined, number | null | undefined][] = [
    ['cumulativeRecorded', f.cumulativeRecorded, prev.cumulativeRecorded],
    ['printed', f.printed, prev.printed],
  ];
  return pairs.flatMap(([field, now, before]) => {
    if (typeof now !== 'number' || typeof before !== 'number' || now >= before) return [];
    const label = LABELS[field] as Text;
    const on = (l: Locale) => formatDateShort(prev.date, l);
    return [
      flag('cumulative_decreased', field, 'error', {
        id: `${label.id} ${n(now, 'id')} lebih kecil dari laporan ${on('id')} (${n(before, 'id')}); angka kumulatif tidak boleh turun.`,
        en: `${label.en} ${n(now, 'en')} is lower than in the report of ${on('en')} (${n(before, 'en')}); cumulative figures cannot decrease.`,
      }),
    ];
  });
}

function percentFlag(f: ReportFigures): ReportFlag[] {
  const stated = f.statedPercent;
  if (stated == null || f.mustHoldId <= 0) return [];
  const ratio = f.cumulativeRecorded / f.mustHoldId;
  if (percentAgrees(stated, ratio)) return [];
  const d = statedDecimals(stated);
  const say = (l: Locale) =>
    `${pct(stated / 100, l, d)}; ${n(f.cumulativeRecorded, l)} / ${n(f.mustHoldId, l)} = ${pct(ratio, l, Math.max(d, 2))}`;
  return [
    flag('percent_mismatch', 'statedPercent', 'error', {
      id: `Persentase tertulis tidak sesuai dengan hitungan: tertulis ${say('id')}.`,
      en: `The stated percentage does not match the counts: stated ${say('en')}.`,
    }),
  ];
}

function remainingFlag(f: ReportFigures): ReportFlag[] {
  const { statedRemaining: count, statedRemainingPercent: percent, mustHoldId: wajib } = f;
  const remaining = wajib - f.cumulativeRecorded;
  const countOff = count != null && count !== remaining;
  const percentOff = percent != null && wajib > 0 && !percentAgrees(percent, remaining / wajib);
  if (!countOff && !percentOff) return [];
  const d = percent != null ? Math.max(statedDecimals(percent), 2) : 2;
  const statedPct = (l: Locale) =>
    percent != null ? pct(percent / 100, l, d) : count != null && wajib > 0 ? pct(count / wajib, l, d) : '';
  const stated = (l: Locale) =>
    count != null ? `${n(count, l)}${statedPct(l) ? ` (${statedPct(l)})` : ''}` : statedPct(l);
  const computed = (l: Locale) =>
    `${n(wajib, l)} − ${n(f.cumulativeRecorded, l)} = ${n(remaining, l)}${wajib > 0 ? ` (${pct(remaining / wajib, l, d)})` : ''}`;
  return [
    flag('remaining_mismatch', countOff ? 'statedRemaining' : 'statedRemainingPercent', 'error', {
      id: `Sisa tertulis ${stated('id')} tidak sesuai dengan hitungan: ${computed('id')}.`,
      en: `The stated remaining ${stated('en')} does not match the counts: ${computed('en')}.`,
    }),
  ];
}

/** The previous report when it is of the day before (a gap makes a one-day difference meaningless). */
function dayBefore(f: ReportFigures, prev: PriorReport | undefined): PriorReport | undefined {
  return prev && prev.date === addDays(f.date, -1) ? prev : undefined;
}

function todayFlags(f: ReportFigures, history: readonly PriorReport[], prev?: PriorReport): ReportFlag[] {
  const out: ReportFlag[] = [];
  const yesterday = dayBefore(f, prev);
  const diff = yesterday ? f.cumulativeRecorded - yesterday.cumulativeRecorded : null;
  const typed = f.recordedToday;
  if (typed != null && diff !== null && typed !== diff && yesterday) {
    const calc = (l: Locale) =>
      `${n(f.cumulativeRecorded, l)} − ${n(yesterday.cumulativeRecorded, l)} = ${n(diff, l)}`;
    out.push(
      flag('recorded_today_mismatch', 'recordedToday', 'error', {
        id: `Perekaman hari ini ${n(typed, 'id')} tidak sesuai dengan selisih kumulatif ${calc('id')}.`,
        en: `Recorded today ${n(typed, 'en')} does not match the cumulative difference ${calc('en')}.`,
      }),
    );
  }
  const value = typed ?? diff;
  const series = dailySeries(f.date, history);
  if (value !== null && isOutlier(value, series)) {
    const range = (l: Locale) =>
      `median ${n(median(series), l)}, ${n(Math.min(...series), l)}–${n(Math.max(...series), l)}`;
    out.push(
      flag('outlier', 'recordedToday', 'warning', {
        id: `Perekaman hari ini ${n(value, 'id')} jauh di luar kisaran ${series.length} hari terakhir (${range('id')}); mohon dicek.`,
        en: `Recorded today ${n(value, 'en')} is far outside the last ${series.length} days (${range('en')}); please check.`,
      }),
    );
  }
  return out;
}

/**
 * Checks a daily report against itself, the regency's earlier reports (any order; only those before
 * the report's date count) and their recent daily series. Returns every flag, errors first.
 */
export function validateDailyReport(f: ReportFigures, history: readonly PriorReport[] = []): ReportFlag[] {
  const earlier = history.filter((r) => r.date < f.date).sort((a, b) => (a.date < b.date ? 1 : -1));
  const prev = earlier[0];
  const flags = [
    ...negativeFlags(f),
    ...(f.cumulativeRecorded > f.mustHoldId
      ? [
          flag('recorded_exceeds_wajib', 'cumulativeRecorded', 'error', {
            id: `Jumlah sudah rekam ${n(f.cumulativeRecorded, 'id')} melebihi jumlah wajib KTP ${n(f.mustHoldId, 'id')}.`,
            en: `Cumulative recorded ${n(f.cumulativeRecorded, 'en')} exceeds must-hold-an-e-KTP ${n(f.mustHoldId, 'en')}.`,
          }),
        ]
      : []),
    ...(prev ? decreaseFlags(f, prev) : []),
    ...percentFlag(f),
    ...remainingFlag(f),
    ...todayFlags(f, earlier, prev),
  ];
  return flags.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
