import type { Kysely } from 'kysely';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { Database, RegionRow } from '../../db/schema';
import { authorize } from '../access/authorize';
import { getElection } from '../elections/elections.service';
import { getRegion, listChildRegionsFor } from '../regions/regions.service';
import { readCounterGroups } from './counters.repository';
import type { CoverageResponse } from './coverage.schema';
import { type CoverageFigures, figuresFromGroups } from './coverage-figures';

/** Figures for one region on one reference date, from the counters only (no resident is read). */
export async function figuresFor(
  db: Kysely<Database>,
  region: string,
  date: string,
): Promise<CoverageFigures> {
  return figuresFromGroups(await readCounterGroups(db, region, date));
}

function withPercent(f: CoverageFigures) {
  return { ...f, percentRecorded: f.mustHoldId === 0 ? null : f.recorded / f.mustHoldId };
}

async function row(db: Kysely<Database>, r: RegionRow, date: string) {
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    figures: withPercent(await figuresFor(db, r.code, date)),
  };
}

/** Today in WIB, the office day of the provinces Sigap serves first. */
function officeToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A region and its children on a reference date (an election's voting day, a given date, or today). */
export async function coverageFor(
  handle: Db,
  ctx: RequestContext,
  q: { region: string; date?: string; election?: number },
): Promise<CoverageResponse> {
  authorize(ctx.user, 'coverage.read', q.region);
  const election = q.election ? await getElection(handle, q.election) : null;
  const date = election?.votingDate ?? q.date ?? officeToday();
  const region = await getRegion(handle.db, q.region);
  const children = await listChildRegionsFor(handle.db, q.region);
  return {
    referenceDate: date,
    election: election ? { id: election.id, name: election.name, votingDate: election.votingDate } : null,
    region: await row(handle.db, region, date),
    children: await Promise.all(children.map((c) => row(handle.db, c, date))),
  };
}
