/**
 * Waiting and service times as the office reports them: the median (the typical resident) and the 90th
 * percentile (how long the slowest tenth waited), by the nearest-rank method so every figure is a time
 * someone really waited, rounded to a tenth of a minute.
 */
export interface DurationStats {
  count: number;
  median: number | null;
  p90: number | null;
}

/** The value at percentile `p` (0–100) of ascending values, nearest rank; undefined when empty. */
export function nearestRank(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

const tenth = (v: number | undefined) => (v === undefined ? null : Math.round(v * 10) / 10);

/** Median and 90th percentile of durations in minutes (negative ones, clock errors, are left out). */
export function durationStats(minutes: readonly number[]): DurationStats {
  const sorted = minutes.filter((m) => Number.isFinite(m) && m >= 0).sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: tenth(nearestRank(sorted, 50)),
    p90: tenth(nearestRank(sorted, 90)),
  };
}

/** Minutes between two ISO timestamps (null when either is missing). */
export function minutesBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  return (Date.parse(to) - Date.parse(from)) / 60_000;
}
