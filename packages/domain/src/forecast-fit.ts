/**
 * The two curves a forecast may extend: a straight line (a steady pace) and an exponential decay of the
 * unrecorded gap (a pace that shrinks with the gap, because the last residents are the hard-to-reach ones:
 * the very old, the remote, the ones who never answered an invitation). Least squares, no dependencies.
 */
export interface FitPoint {
  /** Days relative to the anchor day (0 at the anchor, negative before it). */
  x: number;
  /** Unrecorded gap on that day. */
  gap: number;
}

export interface LineFit {
  /** Recorded per day (the negated slope of the gap); may be ≤ 0 when nothing moved. */
  rate: number;
  /** Residual sum of squares of the gap, for comparing with the decay fit. */
  rss: number;
}

export interface DecayFit {
  /** Decay constant per day: the gap shrinks by the factor e^(−k) each day; may be ≤ 0. */
  k: number;
  /** Residual sum of squares measured on the gap itself (not its log), so it compares with the line's. */
  rss: number;
}

function slopeIntercept(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  const n = xs.length;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    sxy += dx * ((ys[i] as number) - my);
    sxx += dx * dx;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/** Straight line through the gap; undefined with fewer than two points. */
export function fitLine(points: readonly FitPoint[]): LineFit | undefined {
  if (points.length < 2) return undefined;
  const { slope, intercept } = slopeIntercept(
    points.map((p) => p.x),
    points.map((p) => p.gap),
  );
  let rss = 0;
  for (const p of points) rss += (p.gap - (intercept + slope * p.x)) ** 2;
  return { rate: -slope, rss };
}

/** Exponential decay r(x) = r0·e^(−kx) through the positive gaps (log-linear); undefined if under two. */
export function fitDecay(points: readonly FitPoint[]): DecayFit | undefined {
  const usable = points.filter((p) => p.gap > 0);
  if (usable.length < 2) return undefined;
  const { slope, intercept } = slopeIntercept(
    usable.map((p) => p.x),
    usable.map((p) => Math.log(p.gap)),
  );
  let rss = 0;
  for (const p of points) rss += (p.gap - Math.exp(intercept + slope * p.x)) ** 2;
  return { k: -slope, rss };
}

/** Days until a steady `rate` covers `remaining`; undefined when the rate cannot get there. */
export function daysAtRate(remaining: number, rate: number): number | undefined {
  if (remaining <= 0) return 0;
  return rate > 0 ? remaining / rate : undefined;
}

/**
 * Days until a gap decaying at `k` falls to `slack`. A target of 100% leaves no slack and a pure decay
 * never reaches zero, so the floor is half a resident: the day the rounded gap shows 0.
 */
export function daysToDecay(gap: number, slack: number, k: number): number | undefined {
  const floor = Math.max(slack, 0.5);
  if (gap <= floor) return 0;
  return k > 0 ? Math.log(gap / floor) / k : undefined;
}

/** Decay constant implied by the gap shrinking from `before` to `after` over `days`. */
export function decayBetween(before: number, after: number, days: number): number | undefined {
  if (before <= 0 || after <= 0 || days <= 0) return undefined;
  return Math.log(before / after) / days;
}
