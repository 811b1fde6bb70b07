import type { SeriesPoint } from '@sigap/contracts';
import { addDays, isWithinScope, officeToday } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { figuresFor } from '../counters';
import { electionsFrom, getElectionInScope } from '../elections';
import { getSetting } from '../settings';
import { percent, snapshotsBetween } from '../snapshots';

/** Days of closed history a forecast reads (and returns for the chart). */
export const SERIES_DAYS = 60;
export interface Reference {
  today: string;
  referenceDate: string;
  deadline: string | null;
  election: { id: number; name: string; votingDate: string } | null;
}

/**
 * What a forecast is measured against: the given election's voting day, or the given date, or else the
 * next election whose area contains the region; with none, wajib is counted today and there is no deadline.
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
    const election = { id: e.id, name: e.name, votingDate: e.votingDate };
    return { today, referenceDate: e.votingDate, deadline: e.votingDate, election };
  }
  if (q.date) return { today, referenceDate: q.date, deadline: q.date, election: null };
  const upcoming = await electionsFrom(handle, today);
  const next = upcoming.find((e) => e.regionCodes.some((c) => isWithinScope(c, region)));
  if (!next) return { today, referenceDate: today, deadline: null, election: null };
  const election = { id: next.id, name: next.name, votingDate: next.votingDate };
  return { today, referenceDate: next.votingDate, deadline: next.votingDate, election };
}

/** The target share: the request's, else the `forecast_target` setting inherited from above the region. */
export async function resolveTarget(
  db: Kysely<Database>,
  region: string,
  requested?: number,
): Promise<number> {
  return requested ?? getSetting(db, region, 'forecast_target');
}

/**
 * The last 60 closed days of each region from the snapshots, plus today's live figures from the counters
 * as the last point (the day is not closed, so the forecast anchors its pace on yesterday).
 */
export async function seriesFor(
  handle: Db,
  codes: readonly string[],
  today: string,
): Promise<Map<string, SeriesPoint[]>> {
  const rows = await snapshotsBetween(handle.db, codes, addDays(today, -SERIES_DAYS), addDays(today, -1));
  const out = new Map<string, SeriesPoint[]>(codes.map((c) => [c, []]));
  for (const r of rows) {
    out.get(r.region_code)?.push({
      date: r.date,
      recorded: r.recorded,
      mustHoldId: r.must_hold_id,
      printed: r.printed,
      percentRecorded: percent(r.recorded, r.must_hold_id),
      live: false,
    });
  }
  for (const code of codes) {
    const f = await figuresFor(handle.db, code, today);
    out.get(code)?.push({
      date: today,
      recorded: f.recorded,
      mustHoldId: f.mustHoldId,
      printed: f.printed,
      percentRecorded: percent(f.recorded, f.mustHoldId),
      live: true,
    });
  }
  return out;
}
