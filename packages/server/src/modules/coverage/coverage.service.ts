import type { CountedFigures, CoverageResponse } from '@sigap/contracts';
import { officeToday } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { RegionRow } from '../../db/schema';
import { authorize } from '../access';
import { EMPTY_FIGURES, figuresForMany } from '../counters';
import { electionRef, getElectionInScope } from '../elections';
import { getRegion, listChildRegionsFor } from '../regions';

function withPercent(f: CountedFigures) {
  return { ...f, percentRecorded: f.mustHoldId === 0 ? null : f.recorded / f.mustHoldId };
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
  const election = q.election ? await getElectionInScope(handle, ctx.user.regionCode, q.election) : null;
  const date = election?.votingDate ?? q.date ?? officeToday(q.region, now);
  const region = await getRegion(handle.db, q.region);
  const children = await listChildRegionsFor(handle.db, q.region);
  // The region and all its children in one reading of the counters.
  const figures = await figuresForMany(handle.db, [region.code, ...children.map((c) => c.code)], date);
  const row = (r: RegionRow) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    figures: withPercent(figures.get(r.code) ?? EMPTY_FIGURES),
  });
  return {
    referenceDate: date,
    election: election ? electionRef(election) : null,
    region: row(region),
    children: children.map(row),
  };
}
