import type { ElectionRef, SeriesPoint } from '@sigap/contracts';
import { addDays, isWithinScope, officeToday } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { figuresFor } from '../counters';
import { electionRef, electionsFrom, getElectionInScope } from '../elections';
import { getSetting } from '../settings';
import { percent, snapshotsBetween } from '../snapshots';

/** Days of closed history a forecast reads (and returns for the chart). */
export const SERIES_DAYS = 60;
export interface Reference {
  today: string;
  referenceDate: string;
  deadline: string | null;
  election: ElectionRef | null;
  /** The election's own target (per election, default 1); null for a date reference. */
  electionTarget: number | null;
}

/**
 * What a forecast is measured against: the given election's voting day, or the given date, or else the
 * next real (not demo) election whose area contains the region; with none, wajib is counted today and there
 * is no deadline.
 * A named election outside the user's `scope` is not found (the region itself is checked by the caller).
 */
export async function resolveReference(
  handle: Db,
  region: string,
  q: { date?: string; election?: number },
  now: Date,
  scope: string,
): Promise<Reference> {
  const today = officeToday(region, now);
  if (q.election) {
    const e = await getElectionInScope(handle, scope, q.election);
    const election = electionRef(e);
    return { today, referenceDate: e.votingDate, deadline: e.votingDate, election, electionTarget: e.target };
  }
  if (q.date) return { today, referenceDate: q.date, deadline: q.date, election: null, electionTarget: null };
  const upcoming = await electionsFrom(handle, today);
  // A simulated (demo) election is never picked on its own: only a real voting day is a deadline by default.
  const next = upcoming.find((e) => !e.demo && e.regionCodes.some((c) => isWithinScope(c, region)));
  if (!next) return { today, referenceDate: today, deadline: null, election: null, electionTarget: null };
  return {
    today,
    referenceDate: next.votingDate,
    deadline: next.votingDate,
    election: electionRef(next),
    electionTarget: next.target,
  };
}

/**
 * The target share: the request's, else the election's own (set per election, default 100 %), else the
 * `forecast_target` setting inherited from above the region.
 */
export async function resolveTarget(
  db: Kysely<Database>,
  region: string,
  requested: number | undefined,
  electionTarget: number | null,
): Promise<number> {
  return requested ?? electionTarget ?? getSetting(db, region, 'forecast_target');
}

/**
 * The 60 closed days of each region up to `until` from the snapshots. With `live` (`until` is today), today's
 * live figures from the counters are the last point (the day is not closed, so the forecast anchors its pace
 * on yesterday); without (a past reference), the series stops at the close of `until`: what was true then.
 */
export async function seriesFor(
  handle: Db,
  codes: readonly string[],
  until: string,
  live = true,
): Promise<Map<string, SeriesPoint[]>> {
  const last = live ? addDays(until, -1) : until;
  const rows = await snapshotsBetween(handle.db, codes, addDays(until, -SERIES_DAYS), last);
  const out = new Map<string, SeriesPoint[]>(codes.map((c) => [c, []]));
  for (const r of rows) {
    out.get(r.region_code)?.push({
      date: r.date,
      recorded: r.recorded,
      mustHoldId: r.must_hold_id,
      printed: r.printed,
      percentRecorded: percent(r.recorded, r.must_hold_id),
      live: false,
      seeded: r.trigger === 'backfill',
    });
  }
  if (!live) return out;
  for (const code of codes) {
    const f = await figuresFor(handle.db, code, until);
    out.get(code)?.push({
      date: until,
      recorded: f.recorded,
      mustHoldId: f.mustHoldId,
      printed: f.printed,
      percentRecorded: percent(f.recorded, f.mustHoldId),
      live: true,
      seeded: false,
    });
  }
  return out;
}
