import type { SuketCountEvent, SuketFigureDeltas } from './suket-count-events';
import { suketCountRegions } from './suket-count-events';

/** A row of `suket_counts` (a day) to add to the stored one, or insert. */
export interface SuketCountDayRow extends SuketFigureDeltas {
  region_code: string;
  day: string;
  election_id: number;
  printed: 0 | 1;
}

/** A row of `suket_counts_month`: the same changes summed per month. */
export interface SuketCountMonthRow extends SuketFigureDeltas {
  region_code: string;
  month: string;
  election_id: number;
  printed: 0 | 1;
}

interface Bucket extends SuketFigureDeltas {
  region_code: string;
  period: string;
  election_id: number;
  printed: 0 | 1;
}

const isZero = (r: SuketFigureDeltas) =>
  r.issued === 0 && r.active === 0 && r.superseded === 0 && r.covering === 0;

const byKey = (a: Bucket, b: Bucket) =>
  a.region_code !== b.region_code
    ? a.region_code < b.region_code
      ? -1
      : 1
    : a.period !== b.period
      ? a.period < b.period
        ? -1
        : 1
      : a.election_id - b.election_id || a.printed - b.printed;

const figures = (b: Bucket): SuketFigureDeltas => ({
  issued: b.issued,
  active: b.active,
  superseded: b.superseded,
  covering: b.covering,
});

/**
 * Moves of the suket counters summed in memory per row key, for the day rows and the month rows alike, so a
 * write applies one upsert per distinct row: a suket that leaves a state and enters another on the same day
 * leaves nothing to write. A day's events also go to their month: a read sums whole months before the month
 * of its day and the days of that month (docs/counters.md, "Suket counters").
 */
export class SuketCountDeltas {
  private readonly buckets = new Map<string, Bucket>();

  private bump(region: string, period: string, e: SuketCountEvent, sign: 1 | -1): void {
    const key = `${region}|${period}|${e.electionId}|${e.printed}`;
    let b = this.buckets.get(key);
    if (!b) {
      b = {
        region_code: region,
        period,
        election_id: e.electionId,
        printed: e.printed,
        issued: 0,
        active: 0,
        superseded: 0,
        covering: 0,
      };
      this.buckets.set(key, b);
    }
    b.issued += sign * e.issued;
    b.active += sign * e.active;
    b.superseded += sign * e.superseded;
    b.covering += sign * e.covering;
  }

  /** Adds (sign 1) or takes away (sign -1) a suket's events at every region level. */
  add(events: readonly SuketCountEvent[], sign: 1 | -1): void {
    for (const e of events) {
      for (const region of suketCountRegions(e.village)) {
        this.bump(region, e.day, e, sign);
        this.bump(region, e.day.slice(0, 7), e, sign);
      }
    }
  }

  /** Replaces `before` by `after` (either may be empty: an issue, a removal). */
  move(before: readonly SuketCountEvent[], after: readonly SuketCountEvent[]): void {
    this.add(before, -1);
    this.add(after, 1);
  }

  /** The rows that change something, in key order (writes walk each b-tree in order). */
  changed(): { days: SuketCountDayRow[]; months: SuketCountMonthRow[] } {
    const live = [...this.buckets.values()].filter((b) => !isZero(b)).sort(byKey);
    const key = (b: Bucket) => ({
      region_code: b.region_code,
      election_id: b.election_id,
      printed: b.printed,
    });
    return {
      days: live
        .filter((b) => b.period.length === 10)
        .map((b) => ({ ...key(b), day: b.period, ...figures(b) })),
      months: live
        .filter((b) => b.period.length === 7)
        .map((b) => ({ ...key(b), month: b.period, ...figures(b) })),
    };
  }
}
