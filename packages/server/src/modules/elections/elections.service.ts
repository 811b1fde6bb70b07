import { isWithinScope } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { errors } from '../../errors';
import { authorize } from '../access/authorize';
import { recordAudit } from '../audit/audit.service';
import { findRegions } from '../regions/regions.repository';
import type { CreateElectionBody, Election } from './elections.schema';

type Row = Database['elections'] & { id: number };

function toElection(r: Row): Election {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as Election['kind'],
    votingDate: r.voting_date,
    regionCodes: JSON.parse(r.region_codes) as string[],
  };
}

/** Seeded elections: the 2024 general election and the simultaneous regional elections (figures.md). */
const DEFAULT_ELECTIONS: CreateElectionBody[] = [
  { name: 'Pemilu 2024', kind: 'pemilu', votingDate: '2024-02-14', regionCodes: ['ID'] },
  { name: 'Pilkada Serentak 2024', kind: 'pilkada', votingDate: '2024-11-27', regionCodes: ['ID'] },
];

/** Inserts the default elections once (by name), so a second start adds nothing. */
export async function ensureDefaultElections(handle: Db): Promise<void> {
  for (const e of DEFAULT_ELECTIONS) {
    const exists = await handle.db
      .selectFrom('elections')
      .select('id')
      .where('name', '=', e.name)
      .executeTakeFirst();
    if (exists) continue;
    await handle.db
      .insertInto('elections')
      .values({
        name: e.name,
        kind: e.kind,
        voting_date: e.votingDate,
        region_codes: JSON.stringify(e.regionCodes),
        created_at: new Date().toISOString(),
        created_by: null,
      })
      .execute();
  }
}

/** Elections that touch the user's scope: national ones, and regional ones inside or above it. */
export async function listElections(handle: Db, ctx: RequestContext): Promise<Election[]> {
  authorize(ctx.user, 'election.read');
  const rows = (await handle.db
    .selectFrom('elections')
    .selectAll()
    .orderBy('voting_date', 'desc')
    .execute()) as Row[];
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
  const row = (await handle.db.selectFrom('elections').selectAll().where('id', '=', id).executeTakeFirst()) as
    | Row
    | undefined;
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
  const known = await findRegions(handle.db, body.regionCodes);
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
  const id = await handle.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('elections')
      .values({
        name: body.name,
        kind: body.kind,
        voting_date: body.votingDate,
        region_codes: JSON.stringify(body.regionCodes),
        created_at: new Date().toISOString(),
        created_by: ctx.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, handle.store, {
      actor: ctx.user,
      action: 'election.create',
      entity: 'election',
      entityId: row.id,
      regionCode: body.regionCodes.length === 1 ? (body.regionCodes[0] ?? null) : ctx.user.regionCode,
      summary: { ...body },
      ip: ctx.ip,
    });
    return row.id;
  });
  return getElection(handle, id);
}
