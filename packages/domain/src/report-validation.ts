import { addDays } from './dates';
import type { PlausibilityCode } from './report-plausibility';
import { dailySeries, isOutlier, median, percentAgrees } from './report-stats';

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
  | 'outlier'
  | PlausibilityCode;

/** The figures a message is rendered from (report-flag-messages.ts): numbers, a date, or not stated. */
export type ReportFlagParams = Readonly<Record<string, number | string | null>>;

/**
 * A finding beside one figure: errors make the numbers impossible, warnings ask for a follow-up. Stored as
 * it is (code and parameters); its text is rendered in the reader's language when read.
 */
export interface ReportFlag {
  code: ReportFlagCode;
  field: string;
  severity: 'error' | 'warning';
  params: ReportFlagParams;
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

/** Figures that may not be negative, in the order they are checked (their labels: report-flag-messages.ts). */
const CHECKED_FIELDS = [
  'recordedToday',
  'cumulativeRecorded',
  'mustHoldId',
  'printReadyWaiting',
  'printed',
  'blankoStock',
  'suketIssued',
  'statedPercent',
  'statedRemaining',
  'statedRemainingPercent',
] as const;

function flag(
  code: ReportFlagCode,
  field: string,
  params: ReportFlagParams,
  severity: ReportFlag['severity'] = 'error',
): ReportFlag {
  return { code, field, severity, params };
}

function negativeFlags(f: ReportFigures): ReportFlag[] {
  return CHECKED_FIELDS.flatMap((field) => {
    const v = f[field];
    return typeof v === 'number' && v < 0 ? [flag('negative_value', field, { value: v })] : [];
  });
}

function decreaseFlags(f: ReportFigures, prev: PriorReport): ReportFlag[] {
  const pairs: [string, number | null | undefined, number | null | undefined][] = [
    ['cumulativeRecorded', f.cumulativeRecorded, prev.cumulativeRecorded],
    ['printed', f.printed, prev.printed],
  ];
  return pairs.flatMap(([field, now, before]) => {
    if (typeof now !== 'number' || typeof before !== 'number' || now >= before) return [];
    return [flag('cumulative_decreased', field, { value: now, previous: before, previousDate: prev.date })];
  });
}

function percentFlag(f: ReportFigures): ReportFlag[] {
  const stated = f.statedPercent;
  if (stated == null || f.mustHoldId <= 0) return [];
  if (percentAgrees(stated, f.cumulativeRecorded / f.mustHoldId)) return [];
  const params = { stated, recorded: f.cumulativeRecorded, mustHoldId: f.mustHoldId };
  return [flag('percent_mismatch', 'statedPercent', params)];
}

function remainingFlag(f: ReportFigures): ReportFlag[] {
  const { statedRemaining: count, statedRemainingPercent: percent, mustHoldId: wajib } = f;
  const remaining = wajib - f.cumulativeRecorded;
  const countOff = count != null && count !== remaining;
  const percentOff = percent != null && wajib > 0 && !percentAgrees(percent, remaining / wajib);
  if (!countOff && !percentOff) return [];
  const params = {
    statedRemaining: count ?? null,
    statedRemainingPercent: percent ?? null,
    recorded: f.cumulativeRecorded,
    mustHoldId: wajib,
  };
  return [flag('remaining_mismatch', countOff ? 'statedRemaining' : 'statedRemainingPercent', params)];
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
    const params = {
      typed,
      cumulative: f.cumulativeRecorded,
      previousCumulative: yesterday.cumulativeRecorded,
    };
    out.push(flag('recorded_today_mismatch', 'recordedToday', params));
  }
  const value = typed ?? diff;
  const series = dailySeries(f.date, history);
  if (value !== null && isOutlier(value, series)) {
    const params = {
      value,
      days: series.length,
      median: median(series),
      min: Math.min(...series),
      max: Math.max(...series),
    };
    out.push(flag('outlier', 'recordedToday', params, 'warning'));
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
          flag('recorded_exceeds_wajib', 'cumulativeRecorded', {
            recorded: f.cumulativeRecorded,
            mustHoldId: f.mustHoldId,
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
