import { addDays } from './dates';

/* The arithmetic behind the daily-report checks (report-validation.ts): precision, robust range. */

/** Outliers are judged against this many days before the report, and only with this many known days. */
export const OUTLIER_WINDOW_DAYS = 14;
export const OUTLIER_MIN_DAYS = 7;

/** A day of an earlier report, as far as the series needs it. */
export interface SeriesDay {
  date: string;
  cumulativeRecorded: number;
  recordedToday?: number | null;
}

/** The middle value (mean of the two middle ones for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Recorded-per-day of the known days in the window before `date`: as typed, or the difference of two reports. */
export function dailySeries(date: string, history: readonly SeriesDay[]): number[] {
  const byDate = new Map(history.map((r) => [r.date, r]));
  const out: number[] = [];
  for (let i = OUTLIER_WINDOW_DAYS; i >= 1; i--) {
    const r = byDate.get(addDays(date, -i));
    if (!r) continue;
    const before = byDate.get(addDays(date, -i - 1));
    const v = r.recordedToday ?? (before ? r.cumulativeRecorded - before.cumulativeRecorded : null);
    if (v !== null) out.push(v);
  }
  return out;
}

/**
 * Whether a day's figure is far outside the recent range: more than 3 σ from the median, σ estimated
 * as 1.4826 × MAD (the normal-consistent scale). Median and MAD are robust, so one earlier spike does
 * not hide the next. σ is floored at 10% of the median and at 1 so that a flat series does not flag
 * every small change. No separate "3 × the highest day" rule: for non-negative days median + 3σ never
 * exceeds it, so such a spike is always caught. Fewer than OUTLIER_MIN_DAYS known days: never an outlier.
 */
export function isOutlier(value: number, series: readonly number[]): boolean {
  if (series.length < OUTLIER_MIN_DAYS) return false;
  const m = median(series);
  const sigma = Math.max(1.4826 * median(series.map((v) => Math.abs(v - m))), 0.1 * Math.abs(m), 1);
  return Math.abs(value - m) > 3 * sigma;
}

/** Decimal places as written (98.58 → 2), capped so that float noise cannot demand absurd precision. */
export function statedDecimals(value: number): number {
  const m = /\.(\d+)$/.exec(String(Math.abs(value)));
  return Math.min(m?.[1]?.length ?? 0, 6);
}

/** Whether a written percentage agrees with a ratio: within half a unit of its last written digit. */
export function percentAgrees(stated: number, ratio: number): boolean {
  const halfUnit = 0.5 * 10 ** -statedDecimals(stated);
  return Math.abs(ratio * 100 - stated) <= halfUnit + 1e-9;
}
