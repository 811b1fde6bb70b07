import type { CreateElectionBody, Election, ElectionRef } from '@sigap/contracts';
import { isWithinScope } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { errors } from '../../errors';
import { authorize } from '../access';
import { findRegionsByCode } from '../regions';
import { createElectionCommand } from './elections.commands';
import {
  type ElectionRow,
  electionNameExists,
  findElectionRow,
  insertElection,
  listElectionRows,
  listElectionRowsFrom,
} from './elections.repository';

function toElection(r: ElectionRow): Election {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    votingDate: r.voting_date,
    regionCodes: JSON.parse(r.region_codes) as string[],
    target: Number(r.target),
    demo: Number(r.demo) === 1,
  };
}

/** The election as other answers name it (coverage, forecast, watch list): with its demo flag. */
export function electionRef(e: Election): ElectionRef {
  return { id: e.id, name: e.name, votingDate: e.votingDate, demo: e.demo };
}

/** Seeded elections: the 2024 general election and the simultaneous regional elections (figures.md). */
const DEFAULT_ELECTIONS: CreateElectionBody[] = [
  { name: 'Pemilu 2024', kind: 'pemilu', votingDate: '2024-02-14', regionCodes: ['ID'] },
  { name: 'Pilkada Serentak 2024', kind: 'pilkada', votingDate: '2024-11-27', regionCodes: ['ID'] },
];

/**
 * Inserts each election whose name is not stored yet, so a second start adds nothing. System setup (the
 * defaults at start, the demo seed): no actor, no audit entry.
 */
export async function ensureElections(handle: Db, elections: readonly CreateElectionBody[]): Promise<void> {
  for (const e of elections) {
    if (await electionNameExists(handle.db, e.name)) continue;
    await insertElection(handle.db, {
      name: e.name,
      kind: e.kind,
      voting_date: e.votingDate,
      region_codes: JSON.stringify(e.regionCodes),
      target: e.target ?? 1,
      demo: e.demo ? 1 : 0,
      created_at: new Date().toISOString(),
      created_by: null,
    });
  }
}

/** Inserts the default elections once (by name). */
export async function ensureDefaultElections(handle: Db): Promise<void> {
  await ensureElections(handle, DEFAULT_ELECTIONS);
}

/** Elections that touch the user's scope: national ones, and regional ones inside or above it. */
export async function listElections(handle: Db, ctx: RequestContext): Promise<Election[]> {
  authorize(ctx.user, 'election.read');
  const rows = await listElectionRows(handle.db);
  return rows.map(toElection).filter((e) => electionConcerns(e, ctx.user.regionCode));
}

/**
 * Whether an election concerns a scope: one of its regions lies inside the scope (a regency's pilkada for
 * the province) or contains it (the national pemilu for a regency).
 */
export function electionConcerns(e: Election, scope: string): boolean {
  return e.regionCodes.some((c) => isWithinScope(c, scope) || isWithinScope(scope, c));
}

/**
 * An election by id as seen from a scope: one that does not concern the scope is answered exactly like
 * an id that does not exist, so ids cannot be walked to list other regions' elections.
 */
export async function getElectionInScope(handle: Db, scope: string, id: number): Promise<Election> {
  const election = await getElection(handle, id);
  if (!electionConcerns(election, scope)) throw errors.notFound('Pemilihan', 'election', String(id));
  return election;
}

/** An election by id with no access check: for callers that check scope themselves. */
export async function getElection(handle: Db, id: number): Promise<Election> {
  const row = await findElectionRow(handle.db, id);
  if (!row) throw errors.notFound('Pemilihan', 'election', String(id));
  return toElection(row);
}

/** An admin adds an election whose regions all lie inside its scope. */
export async function createElection(
  handle: Db,
  ctx: RequestContext,
  body: CreateElectionBody,
): Promise<Election> {
  authorize(ctx.user, 'election.manage');
  for (const code of body.regionCodes) authorize(ctx.user, 'election.manage', code);
  const known = await findRegionsByCode(handle.db, body.regionCodes);
  const missing = body.regionCodes.filter((c) => !known.some((k) => k.code === c));
  if (missing.length > 0) {
    throw errors.validation([
      {
        field: 'regionCodes',
        message: `Wilayah tidak dikenal: ${missing.join(', ')}`,
        messageEn: `Unknown regions: ${missing.join(', ')}`,
      },
    ]);
  }
  const id = await createElectionCommand(handle, {
    election: body,
    actor: ctx.user,
    actorScope: ctx.user.regionCode,
    ip: ctx.ip,
  });
  return getElection(handle, id);
}

/** Elections voting on or after `date`, soonest first (forecasts look for the next one). */
export async function electionsFrom(handle: Db, date: string): Promise<Election[]> {
  return (await listElectionRowsFrom(handle.db, date)).map(toElection);
}
