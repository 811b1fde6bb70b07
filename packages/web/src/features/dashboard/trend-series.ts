import type { Forecast, TrendPoint } from '@sigap/contracts';

export interface TrendRow {
  t: number;
  recorded?: number;
  /** Recorded on a day reconstructed by a backfill or the demo seed ("data awal"), drawn dashed and grey. */
  seeded?: number;
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
 * date (the dashed line), cut at a year ahead. Without a projected date there is no projection. Days that
 * came from a backfill or the demo seed go in `seeded`, not `recorded`: they must not look like real data.
 */
export function trendSeries(items: TrendPoint[], forecast: Forecast | undefined, target: number | undefined) {
  const rows: TrendRow[] = items.map((p, i) => {
    const seeded = p.trigger === 'backfill';
    // The first real day after seeded ones also ends the dashed segment, so the two lines meet.
    const joins = !seeded && items[i - 1]?.trigger === 'backfill';
    return {
      t: toTime(p.date),
      ...(seeded ? {} : { recorded: p.recorded }),
      ...(seeded || joins ? { seeded: p.recorded } : {}),
      printed: p.printed,
    };
  });
  const last = rows[rows.length - 1];
  let band: [number, number] | undefined;
  if (last && forecast?.projectedDate && target !== undefined) {
    const lastRecorded = last.recorded ?? last.seeded ?? 0;
    const end = toTime(forecast.projectedDate);
    const cap = last.t + MAX_AHEAD_DAYS * DAY;
    last.projection = lastRecorded;
    if (end > last.t) {
      const until = Math.min(end, cap);
      const value = lastRecorded + ((target - lastRecorded) * (until - last.t)) / (end - last.t);
      rows.push({ t: until, projection: Math.round(value) });
    }
    if (forecast.low && forecast.high) {
      band = [Math.min(toTime(forecast.low), cap), Math.min(toTime(forecast.high), cap)];
    }
  }
  return { rows, band };
}
