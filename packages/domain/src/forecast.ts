import { addDays } from './dates';
import { daysAtRate, daysToDecay, decayBetween, type FitPoint, fitDecay, fitLine } from './forecast-fit';
import { type ForecastReason, forecastReasons as why } from './forecast-reasons';
import { daysBetween } from './timezones';

/** One day of a region's cumulative figures (a day-close snapshot, or today's live figures). */
export interface ForecastPoint {
  date: string;
  recorded: number;
  mustHoldId: number;
  /** Reconstructed by a backfill or the demo seed ("data awal (impor/demo)"), not a real day close. */
  seeded?: boolean;
}

export interface ForecastInput {
  series: readonly ForecastPoint[];
  today: string;
  /** Voting day (or another deadline); absent when there is none. */
  deadline?: string | null;
  /** Share of wajib KTP to reach, in (0, 1]; default 1 (everyone). */
  target?: number;
  /** Wajib KTP on the reference date (who will be 17 by voting day); default: the latest point's. */
  mustHoldIdOnReference?: number;
  /**
   * Recorded among the wajib KTP of the reference date (the dashboard's "Sudah rekam" for that reference);
   * default: the latest point's. Given with `mustHoldIdOnReference`, "Sisa menuju target" at 100 % equals
   * the dashboard's "Belum rekam" for the same reference: one computation, one number.
   */
  recordedOnReference?: number;
}

export type ForecastStatus = 'reached' | 'on_track' | 'off_track' | 'insufficient_history' | 'stalled';

export interface Forecast {
  target: number;
  targetCount: number;
  recorded: number;
  remaining: number;
  /** Net recorded per day over the last 7 / 28 closed days; never negative; null without that history. */
  paceLast7: number | null;
  paceLast28: number | null;
  /** Recordings a day needed from today to reach the target by the deadline; null without one. */
  requiredDailyRate: number | null;
  model: 'linear' | 'decay' | null;
  projectedDate: string | null;
  /** Earliest plausible date (null without a projection). */
  low: string | null;
  /** Latest plausible date (null without a projection, or when the slow end lies beyond the horizon). */
  high: string | null;
  status: ForecastStatus;
  reasons: ForecastReason[];
}

/** At least this many days of history before a projection is attempted. */
export const MIN_HISTORY_DAYS = 7;
/** Days of history the fits look at: long enough to smooth weekly office rhythms, short enough to bend. */
export const FIT_WINDOW_DAYS = 28;
/** Projections further out than this are reported as "not within the horizon" rather than as a date. */
export const HORIZON_DAYS = 3650;
/** The 7-day pace counts as falling when it is below this share of the 28-day pace. */
export const PACE_FALLING_RATIO = 0.7;

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Cleaned series: up to today, one point per date (the last given wins), oldest first. */
function clean(series: readonly ForecastPoint[], today: string): ForecastPoint[] {
  const byDate = new Map<string, ForecastPoint>();
  for (const p of series) if (p.date <= today) byDate.set(p.date, p);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The latest point at least `days` before `anchor`. */
function pointBefore(points: readonly ForecastPoint[], anchor: string, days: number) {
  const limit = addDays(anchor, -days);
  return points.filter((p) => p.date <= limit).at(-1);
}

function pace(points: readonly ForecastPoint[], anchor: ForecastPoint, days: number): number | null {
  const base = pointBefore(points, anchor.date, days);
  if (!base) return null;
  return round1(Math.max(0, (anchor.recorded - base.recorded) / daysBetween(base.date, anchor.date)));
}

/**
 * Pace, projected completion date with a band, and the rate required by voting day, from a region's daily
 * cumulative figures. Today's point is usually partial (the day has not closed), so pace and fits are
 * anchored on the last closed day, while `recorded` and `remaining` use the latest figure.
 */
export function forecastCoverage(input: ForecastInput): Forecast {
  const target = input.target ?? 1;
  if (!(target > 0 && target <= 1)) throw new RangeError(`target must be in (0, 1], got ${target}`);
  // Reconstructed days (a backfill, the demo seed) make no pace once a week of real closes exists: the step
  // between a reconstruction and the live counters (632 in one day against ~25 a day) is not recording.
  const real = input.series.filter((p) => !p.seeded);
  const enoughReal = real.filter((p) => p.date < input.today).length >= MIN_HISTORY_DAYS;
  const seededUsed = !enoughReal && real.length < input.series.length;
  const points = clean(enoughReal ? real : input.series, input.today);
  const latest = points.at(-1);
  const wajib = input.mustHoldIdOnReference ?? latest?.mustHoldId ?? 0;
  const targetCount = Math.max(0, Math.ceil(target * wajib - 1e-9));
  const recorded = input.recordedOnReference ?? latest?.recorded ?? 0;
  const remaining = Math.max(0, targetCount - recorded);
  const deadline = input.deadline ?? null;
  const daysLeft = deadline === null ? null : daysBetween(input.today, deadline);
  const requiredDailyRate =
    daysLeft === null || daysLeft < 0 || remaining === 0
      ? null
      : Math.ceil(remaining / Math.max(1, daysLeft));
  const closed = points.filter((p) => p.date < input.today);
  const anchor = closed.at(-1) ?? latest;
  const paceLast7 = anchor ? pace(points, anchor, 7) : null;
  const paceLast28 = anchor ? pace(points, anchor, FIT_WINDOW_DAYS) : null;
  const base = { target, targetCount, recorded, remaining, paceLast7, paceLast28, requiredDailyRate };
  const none = { model: null, projectedDate: null, low: null, high: null };
  const reasons: ForecastReason[] = [];
  if (paceLast7 !== null && paceLast28 !== null && paceLast7 < PACE_FALLING_RATIO * paceLast28)
    reasons.push(why.paceFalling(paceLast7, paceLast28));
  if (points.some((p, i) => i > 0 && p.recorded < (points[i - 1] as ForecastPoint).recorded))
    reasons.push(why.dataCorrection());
  if (seededUsed) reasons.push(why.seededHistory());

  if (latest && wajib === 0)
    return { ...base, ...none, status: 'insufficient_history', reasons: [why.noResidents()] };
  if (latest && remaining === 0)
    return { ...base, ...none, status: 'reached', reasons: [why.reached(), ...reasons] };
  if (!anchor || paceLast7 === null) {
    const span = latest && points[0] ? daysBetween(points[0].date, latest.date) : 0;
    return { ...base, ...none, status: 'insufficient_history', reasons: [why.insufficientHistory(span)] };
  }
  if (paceLast7 === 0) return { ...base, ...none, status: 'stalled', reasons: [why.stalled(), ...reasons] };

  const projection = project(points, anchor, wajib, targetCount, remaining, paceLast7, paceLast28);
  const day = (t: number | undefined) =>
    t === undefined || t > HORIZON_DAYS ? null : addDays(input.today, Math.max(1, Math.ceil(t)));
  const projectedDate = day(projection.central);
  const low = day(projection.low);
  const high = low === null ? null : day(projection.high);
  reasons.unshift(projection.explanation);
  if (projectedDate === null) reasons.push(why.beyondHorizon());
  const onTime = projectedDate !== null && (deadline === null || projectedDate <= deadline);
  if (deadline !== null && daysLeft !== null && daysLeft < 0) reasons.push(why.deadlinePassed(deadline));
  else if (deadline !== null && projectedDate !== null && onTime)
    reasons.push(why.onTrack(projectedDate, deadline));
  else if (deadline !== null) reasons.push(why.offTrack(deadline, requiredDailyRate));
  const status = onTime && !(daysLeft !== null && daysLeft < 0) ? 'on_track' : 'off_track';
  return { ...base, model: projection.model, projectedDate, low, high, status, reasons };
}

interface Projection {
  model: 'linear' | 'decay';
  central: number | undefined;
  low: number | undefined;
  high: number | undefined;
  explanation: ForecastReason;
}

/**
 * Picks the curve that fits the last 28 days better (least squares on the gap): a steady pace is a line,
 * a pace that shrinks with the gap is a decay. The band reaches as far as the chosen curve refitted to the
 * 7-day and 28-day windows, on both sides of the estimate, so it widens exactly when recent progress
 * disagrees with the month's.
 */
function project(
  points: readonly ForecastPoint[],
  anchor: ForecastPoint,
  wajib: number,
  targetCount: number,
  remaining: number,
  pace7: number,
  pace28: number | null,
): Projection {
  const windowStart = addDays(anchor.date, -FIT_WINDOW_DAYS);
  const fitPoints: FitPoint[] = points
    .filter((p) => p.date >= windowStart && p.date <= anchor.date)
    .map((p) => ({ x: daysBetween(anchor.date, p.date), gap: wajib - p.recorded }));
  const line = fitLine(fitPoints);
  const decay = fitDecay(fitPoints);
  const gapNow = remaining + (wajib - targetCount);
  const slack = wajib - targetCount;
  /**
   * The band around the central rate (a pace, or a decay constant): as far either side of it as the furthest
   * refit lies, turned into days. Taking the refits' min and max alone put the estimate at one end of its own
   * band whenever the chosen curve was itself the slowest or fastest ("17 Juli 2027 (antara 5 Mei 2027 dan
   * 17 Juli 2027)"); mirroring keeps it inside. A slow end at no progress is unbounded (no `high`).
   */
  const band = (
    central: number,
    rates: (number | undefined)[],
    toDays: (r: number) => number | undefined,
  ) => {
    const reach = Math.max(0, ...rates.filter((r) => r !== undefined).map((r) => Math.abs(r - central)));
    const slow = central - reach;
    return { low: toDays(central + reach), high: slow > 0 ? toDays(slow) : undefined };
  };
  if (decay && decay.k > 0 && (!line || decay.rss < line.rss)) {
    const gapAt = (days: number) => {
      const p = pointBefore(points, anchor.date, days);
      return p
        ? decayBetween(wajib - p.recorded, wajib - anchor.recorded, daysBetween(p.date, anchor.date))
        : undefined;
    };
    const ks = [decay.k, gapAt(7), gapAt(FIT_WINDOW_DAYS)].filter((k) => k !== undefined);
    const toDays = (k: number) => daysToDecay(gapNow, slack, k);
    return {
      model: 'decay',
      central: toDays(decay.k),
      ...band(decay.k, ks, toDays),
      explanation: why.decay(Math.LN2 / decay.k),
    };
  }
  const rate = line && line.rate > 0 ? line.rate : pace7;
  const rates = [rate, pace7, ...(pace28 === null ? [] : [pace28])];
  const toDays = (r: number) => daysAtRate(remaining, r);
  return {
    model: 'linear',
    central: toDays(rate),
    ...band(rate, rates, toDays),
    explanation: why.linear(rate),
  };
}
