/**
 * The one message catalogue of daily-report flags: each code's Indonesian and English text, rendered from
 * the parameters stored with the flag (report-validation.ts), in the reader's locale when it is read.
 */
import { formatDateShort, formatNumber, formatPercent, type Locale } from './format';
import { PLAUSIBILITY_MESSAGES, PLAUSIBILITY_SAMPLES } from './report-plausibility';
import { statedDecimals } from './report-stats';
import type { ReportFlag, ReportFlagCode, ReportFlagParams } from './report-validation';

export type ReportFlagText = [message: string, messageEn: string];

/**
 * A flag stored before flags were codes and parameters whose text could not be read back into them
 * (migration 0014): it keeps its original code and both texts as parameters, and is shown as it was.
 */
export const LEGACY_FLAG_CODE = 'legacy_text';

/** A flag as stored: a known code, the legacy one, or a code from a newer version. */
export interface StoredReportFlag {
  code: string;
  field: string;
  severity: 'error' | 'warning';
  params: ReportFlagParams;
}

/** A flag as shown: its code (the original one for a legacy flag) and its text in both languages. */
export interface ShownReportFlag {
  code: string;
  field: string;
  severity: 'error' | 'warning';
  message: string;
  messageEn: string;
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
const label = (field: string): Text => LABELS[field] ?? { id: field, en: field };

const n = (v: number, l: Locale) => formatNumber(v, l);
const pct = (ratio: number, l: Locale, digits: number) => formatPercent(ratio, l, digits);
const num = (p: ReportFlagParams, key: string) => Number(p[key] ?? 0);
const opt = (p: ReportFlagParams, key: string) => (p[key] == null ? null : Number(p[key]));
/** Both languages of one sentence built by `say(locale)`. */
const both = (say: (l: Locale) => string): ReportFlagText => [say('id'), say('en')];

const MESSAGES: Record<ReportFlagCode, (p: ReportFlagParams, field: string) => ReportFlagText> = {
  negative_value: (p, field) => {
    const [v, t] = [num(p, 'value'), label(field)];
    return [`${t.id} tidak boleh negatif (${n(v, 'id')}).`, `${t.en} cannot be negative (${n(v, 'en')}).`];
  },
  recorded_exceeds_wajib: (p) => {
    const [r, w] = [num(p, 'recorded'), num(p, 'mustHoldId')];
    return [
      `Jumlah sudah rekam ${n(r, 'id')} melebihi jumlah wajib KTP ${n(w, 'id')}.`,
      `Cumulative recorded ${n(r, 'en')} exceeds must-hold-an-e-KTP ${n(w, 'en')}.`,
    ];
  },
  cumulative_decreased: (p, field) => {
    const [now, before, t] = [num(p, 'value'), num(p, 'previous'), label(field)];
    const on = (l: Locale) => formatDateShort(String(p.previousDate ?? ''), l);
    return [
      `${t.id} ${n(now, 'id')} lebih kecil dari laporan ${on('id')} (${n(before, 'id')}); angka kumulatif tidak boleh turun.`,
      `${t.en} ${n(now, 'en')} is lower than in the report of ${on('en')} (${n(before, 'en')}); cumulative figures cannot decrease.`,
    ];
  },
  percent_mismatch: (p) => {
    const [stated, recorded, wajib] = [num(p, 'stated'), num(p, 'recorded'), num(p, 'mustHoldId')];
    const d = statedDecimals(stated);
    const say = (l: Locale) =>
      `${pct(stated / 100, l, d)}; ${n(recorded, l)} / ${n(wajib, l)} = ${pct(recorded / wajib, l, Math.max(d, 2))}`;
    return [
      `Persentase tertulis tidak sesuai dengan hitungan: tertulis ${say('id')}.`,
      `The stated percentage does not match the counts: stated ${say('en')}.`,
    ];
  },
  remaining_mismatch: (p) => {
    const [count, percent] = [opt(p, 'statedRemaining'), opt(p, 'statedRemainingPercent')];
    const [wajib, recorded] = [num(p, 'mustHoldId'), num(p, 'recorded')];
    const remaining = wajib - recorded;
    const d = percent != null ? Math.max(statedDecimals(percent), 2) : 2;
    const statedPct = (l: Locale) =>
      percent != null ? pct(percent / 100, l, d) : count != null && wajib > 0 ? pct(count / wajib, l, d) : '';
    const stated = (l: Locale) =>
      count != null ? `${n(count, l)}${statedPct(l) ? ` (${statedPct(l)})` : ''}` : statedPct(l);
    const computed = (l: Locale) =>
      `${n(wajib, l)} − ${n(recorded, l)} = ${n(remaining, l)}${wajib > 0 ? ` (${pct(remaining / wajib, l, d)})` : ''}`;
    return [
      `Sisa tertulis ${stated('id')} tidak sesuai dengan hitungan: ${computed('id')}.`,
      `The stated remaining ${stated('en')} does not match the counts: ${computed('en')}.`,
    ];
  },
  recorded_today_mismatch: (p) => {
    const [typed, cum, prev] = [num(p, 'typed'), num(p, 'cumulative'), num(p, 'previousCumulative')];
    const calc = (l: Locale) => `${n(cum, l)} − ${n(prev, l)} = ${n(cum - prev, l)}`;
    return [
      `Perekaman hari ini ${n(typed, 'id')} tidak sesuai dengan selisih kumulatif ${calc('id')}.`,
      `Recorded today ${n(typed, 'en')} does not match the cumulative difference ${calc('en')}.`,
    ];
  },
  outlier: (p) => {
    const [value, days] = [num(p, 'value'), num(p, 'days')];
    const range = (l: Locale) =>
      `median ${n(num(p, 'median'), l)}, ${n(num(p, 'min'), l)}–${n(num(p, 'max'), l)}`;
    return [
      `Perekaman hari ini ${n(value, 'id')} jauh di luar kisaran ${days} hari terakhir (${range('id')}); mohon dicek.`,
      `Recorded today ${n(value, 'en')} is far outside the last ${days} days (${range('en')}); please check.`,
    ];
  },
  ...PLAUSIBILITY_MESSAGES,
};

export const REPORT_FLAG_CODES = Object.keys(MESSAGES) as ReportFlagCode[];

/** A stored flag's text in both languages; a code this version does not know says so instead of failing. */
export function renderReportFlag(flag: StoredReportFlag): ReportFlagText {
  if (flag.code === LEGACY_FLAG_CODE) {
    const message = String(flag.params.message ?? '');
    return [message, String(flag.params.messageEn ?? message)];
  }
  const render = MESSAGES[flag.code as ReportFlagCode];
  return render
    ? render(flag.params, flag.field)
    : both((l) => (l === 'id' ? `Tanda ${flag.code}.` : `Flag ${flag.code}.`));
}

export function showReportFlag(flag: StoredReportFlag): ShownReportFlag {
  const [message, messageEn] = renderReportFlag(flag);
  const code =
    flag.code === LEGACY_FLAG_CODE && typeof flag.params.code === 'string' ? flag.params.code : flag.code;
  return { code, field: flag.field, severity: flag.severity, message, messageEn };
}

/** Flags as the `flags` column stores them (a JSON array); anything unreadable reads as no flags. */
export function storedReportFlags(json: string | null): StoredReportFlag[] {
  if (!json) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((f: unknown) => {
    if (typeof f !== 'object' || f === null) return [];
    const o = f as Record<string, unknown>;
    if (typeof o.code !== 'string') return [];
    return [
      {
        code: o.code,
        field: typeof o.field === 'string' ? o.field : '',
        severity: o.severity === 'warning' ? 'warning' : 'error',
        params: typeof o.params === 'object' && o.params !== null ? (o.params as ReportFlagParams) : {},
      },
    ];
  });
}

/** Sample parameters for every code, for the catalogue test (each must render in both languages). */
export const REPORT_FLAG_SAMPLES: readonly ReportFlag[] = [
  { code: 'negative_value', field: 'printed', severity: 'error', params: { value: -5 } },
  {
    code: 'recorded_exceeds_wajib',
    field: 'cumulativeRecorded',
    severity: 'error',
    params: { recorded: 1001, mustHoldId: 1000 },
  },
  {
    code: 'cumulative_decreased',
    field: 'printed',
    severity: 'error',
    params: { value: 400, previous: 450, previousDate: '2024-09-09' },
  },
  {
    code: 'percent_mismatch',
    field: 'statedPercent',
    severity: 'error',
    params: { stated: 98.75, recorded: 6418683, mustHoldId: 6511448 },
  },
  {
    code: 'remaining_mismatch',
    field: 'statedRemaining',
    severity: 'error',
    params: { statedRemaining: 95484, statedRemainingPercent: 1.47, recorded: 6418683, mustHoldId: 6511448 },
  },
  {
    code: 'recorded_today_mismatch',
    field: 'recordedToday',
    severity: 'error',
    params: { typed: 300, cumulative: 1100, previousCumulative: 1140 },
  },
  {
    code: 'outlier',
    field: 'recordedToday',
    severity: 'warning',
    params: { value: 300, days: 14, median: 12.5, min: 8, max: 20 },
  },
  ...PLAUSIBILITY_SAMPLES,
];
