import type { CoverageResponse, Election } from '@sigap/contracts';
import { officeToday, regionLevel } from '@sigap/domain';
import { type Db, forReading } from '../../db/connect';
import type { RegionRow } from '../../db/schema';
import { AppError, errors } from '../../errors';
import { EMPTY_FIGURES } from '../counters';
import { figuresOnReference } from '../coverage';
import { electionRef, getElection } from '../elections';
import { getRegion, listChildRegionsFor } from '../regions';
import { listAllElections } from './public.repository';

/*
 * What the public may see, and why it is safe:
 * - Aggregates only: the figures come from the counters, which hold counts per region and category and
 *   no name, NIK, address or birth date; the response schema lets nothing else through.
 * - Down to the district, never a village: a village can be a few hundred people, where a count such as
 *   "2 need re-recording" begins to point at neighbours; a district is thousands.
 * - No small-number suppression at district level, a deliberate decision: districts in the regions
 *   Sigap serves have thousands of wajib KTP, the categories are coarse pipeline states (recorded,
 *   printed…) rather than sensitive attributes, and the same totals are already published in the
 *   provinces' press releases. A count cannot be joined back to a person without a village-level or
 *   attribute-level breakdown, and neither is offered. Should a district ever hold fewer than ten wajib
 *   KTP, its counts still reveal only how many people have or lack a card in a public administrative
 *   area, which is the very figure the office is obliged to publish.
 */

export function regionNotPublic(code: string): AppError {
  return new AppError(
    'region_not_public',
    400,
    `Dasbor publik hanya sampai tingkat kecamatan; ${code} adalah desa/kelurahan.`,
    `The public dashboard stops at district level; ${code} is a village.`,
  );
}

/** Coverage of a region and its children for anyone, refusing villages and never listing them. */
export async function publicCoverage(
  handle: Db,
  q: { region: string; date?: string | undefined; election?: number | undefined },
  now: Date = new Date(),
): Promise<CoverageResponse> {
  const level = regionLevel(q.region);
  if (level === 'village') throw regionNotPublic(q.region);
  // The public page is the heaviest anonymous read: it goes to the read replica like the dashboard, so both
  // show the same figures; its `readAt` is the moment the copy reflects.
  const freshness = await handle.reads.freshness();
  handle = forReading(handle);
  const election = q.election ? await getPublicElection(handle, q.election) : null;
  const date = election?.votingDate ?? q.date ?? officeToday(q.region, now);
  const region = await getRegion(handle.db, q.region);
  const children = level === 'district' ? [] : await listChildRegionsFor(handle.db, q.region);
  // The same reading as the officers' dashboard: one number per figure, inside and outside the office.
  const { basis, figures } = await figuresOnReference(
    handle,
    [region.code, ...children.map((c) => c.code)],
    date,
    officeToday(q.region, now),
  );
  const row = (r: RegionRow) => {
    const f = figures.get(r.code) ?? EMPTY_FIGURES;
    const percentRecorded = f.mustHoldId === 0 ? null : f.recorded / f.mustHoldId;
    return { code: r.code, name: r.name, level: r.level, figures: { ...f, percentRecorded } };
  };
  return {
    referenceDate: date,
    election: election ? electionRef(election) : null,
    basis,
    readAt: freshness.source === 'replica' ? freshness.asOf : now.toISOString(),
    region: row(region),
    children: children.map(row),
  };
}

/**
 * The public page shows the nation down to districts (when its switch is on; off, every public route is
 * 404 before reaching here). So the public sees the elections of those regions, with only those region
 * codes: an election held only in villages names places the page never shows, and is left out, as is a
 * simulated (demo) election.
 */
function asPublic(e: Election): Election | null {
  // A simulated election is a training aid for officers, never something to publish.
  if (e.demo) return null;
  const regionCodes = e.regionCodes.filter((c) => regionLevel(c) !== 'village');
  return regionCodes.length > 0 ? { ...e, regionCodes } : null;
}

export async function publicElections(handle: Db): Promise<Election[]> {
  return (await listAllElections(handle.db)).flatMap((e) => {
    const election = asPublic({
      id: e.id,
      name: e.name,
      kind: e.kind,
      votingDate: e.voting_date,
      regionCodes: JSON.parse(e.region_codes) as string[],
      target: Number(e.target),
      demo: Number(e.demo) === 1,
    });
    return election ? [election] : [];
  });
}

/** An election the public list shows, or not found exactly like an unknown id. */
async function getPublicElection(handle: Db, id: number): Promise<Election> {
  const election = asPublic(await getElection(handle, id));
  if (!election) throw errors.notFound('Pemilihan', 'election', String(id));
  return election;
}
