import type { Forecast, TrendPoint } from '@sigap/contracts';

export interface TrendRow {
  t: number;
  recorded?: number;
  printed?: number;
  projection?: number;
}

const DAY = 86_400_000;
/** Draw a projection at most this far ahead; a date years away would squash the history into a sliver. */
const MAX_AHEAD_DAYS = 365;

export function toTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/**
 * History points plus a straight projection from the last recorded figure to the target on the projected
 * date (the dashed line), cut at a year ahead. Without a projected date there is no projection.
 */
export function trendSeries(items: TrendPoint[], forecast: Forecast | undefined, target: number | undefined) {
  const rows: TrendRow[] = items.map((p) => ({
    t: toTime(p.date),
    recorded: p.recorded,
    printed: p.printed,
  }));
  const last = rows[rows.length - 1];
  let band: [number, number] | undefined;
  if (last && forecast?.projectedDate && target !== undefined && last.recorded !== undefined) {
    const end = toTime(forecast.projectedDate);
    const cap = last.t + MAX_AHEAD_DAYS * DAY;
    last.projection = last.recorded;
    if (end > last.t) {
      const until = Math.min(end, cap);
      const value = last.recorded + ((target - last.recorded) * (until - last.t)) / (end - last.t);
      rows.push({ t: until, projection: Math.round(value) });
    }
    if (forecast.low && forecast.high) {
      band = [Math.min(toTime(forecast.low), cap), Math.min(toTime(forecast.high), cap)];
    }
  }
  return { rows, band };
}
