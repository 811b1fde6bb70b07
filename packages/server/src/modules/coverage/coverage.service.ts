import type { CountedFigures, CoverageResponse, FiguresBasis } from '@sigap/contracts';
import { officeToday } from '@sigap/domain';
import type { RequestContext } from '../../context';
import { type Db, forReading } from '../../db/connect';
import type { RegionRow } from '../../db/schema';
import { authorize } from '../access';
import { EMPTY_FIGURES, figuresForMany } from '../counters';
import { electionRef, getElectionInScope } from '../elections';
import { getRegion, listChildRegionsFor } from '../regions';
import { snapshotFiguresAsOf } from '../snapshots';

function withPercent(f: CountedFigures) {
  return { ...f, percentRecorded: f.mustHoldId === 0 ? null : f.recorded / f.mustHoldId };
}

/**
 * The figures of regions on a reference date, from one reading. Today or ahead: the live counters (wajib
 * on that day). A past day: what was true then, the stored close of the latest day at or before it that
 * holds every region; without one, the counters now, saying so. First-time voters are not stored with a
 * snapshot, so those two figures stay the counters' count for the date.
 */
export async function figuresOnReference(
  handle: Db,
  codes: readonly string[],
  date: string,
  today: string,
): Promise<{ basis: FiguresBasis; figures: Map<string, CountedFigures> }> {
  // The region and all its children in one reading of the counters.
  const counted = await figuresForMany(handle.db, codes, date);
  if (date >= today) return { basis: { source: 'live', date }, figures: counted };
  const stored = await snapshotFiguresAsOf(handle.db, codes, date);
  if (!stored) return { basis: { source: 'counters', date }, figures: counted };
  const figures = new Map<string, CountedFigures>();
  for (const code of codes) {
    const f = counted.get(code) ?? EMPTY_FIGURES;
    figures.set(code, { ...f, ...(stored.figures.get(code) ?? {}) });
  }
  return { basis: { source: 'snapshot', date: stored.date }, figures };
}

/**
 * A region and its children on a reference date (an election's voting day, a given date, or today). Today is
 * the shown region's own clock, the one its snapshots close on, so NTB turns the day an hour before Lampung.
 */
export async function coverageFor(
  handle: Db,
  ctx: RequestContext,
  q: { region: string; date?: string; election?: number },
  now: Date = new Date(),
): Promise<CoverageResponse> {
  authorize(ctx.user, 'coverage.read', q.region);
  // Measured before reading: the figures are at least as fresh as this (a replica only moves forward).
  const freshness = await handle.reads.freshness();
  handle = forReading(handle);
  const election = q.election ? await getElectionInScope(handle, ctx.user.regionCode, q.election) : null;
  const date = election?.votingDate ?? q.date ?? officeToday(q.region, now);
  const region = await getRegion(handle.db, q.region);
  const children = await listChildRegionsFor(handle.db, q.region);
  const { basis, figures } = await figuresOnReference(
    handle,
    [region.code, ...children.map((c) => c.code)],
    date,
    officeToday(q.region, now),
  );
  const row = (r: RegionRow) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    figures: withPercent(figures.get(r.code) ?? EMPTY_FIGURES),
  });
  return {
    referenceDate: date,
    election: election ? electionRef(election) : null,
    basis,
    freshness,
    region: row(region),
    children: children.map(row),
  };
}
