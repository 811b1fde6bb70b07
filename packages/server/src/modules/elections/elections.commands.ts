import type { CreateElectionBody, Election } from '@sigap/contracts';
import type { Db } from '../../db/connect';
import { recordAudit } from '../audit';
import { insertElection, updateElectionTarget } from './elections.repository';

/**
 * Adds an election: in one transaction the row and its audit entry. The caller (elections.service.ts) has
 * checked the role, the scope of every region and that the regions exist.
 */
export async function createElectionCommand(
  handle: Db,
  input: {
    election: CreateElectionBody;
    actor: { id: number; username: string };
    actorScope: string;
    ip: string | null;
  },
): Promise<number> {
  const { election: e, actor } = input;
  return handle.db.transaction().execute(async (trx) => {
    const id = await insertElection(trx, {
      name: e.name,
      kind: e.kind,
      voting_date: e.votingDate,
      region_codes: JSON.stringify(e.regionCodes),
      target: e.target ?? 1,
      demo: e.demo ? 1 : 0,
      created_at: new Date().toISOString(),
      created_by: actor.id,
    });
    await recordAudit(trx, handle.store, {
      actor,
      action: 'election.create',
      entity: 'election',
      entityId: id,
      regionCode: e.regionCodes.length === 1 ? (e.regionCodes[0] ?? null) : input.actorScope,
      summary: { ...e },
      ip: input.ip,
    });
    return id;
  });
}

/**
 * Sets an election's target: in one transaction the row and its `election.update` audit entry with the old
 * value. The caller (elections-update.service.ts) has checked the role and every region of the election.
 */
export async function updateElectionTargetCommand(
  handle: Db,
  input: {
    election: Election;
    target: number;
    actor: { id: number; username: string };
    actorScope: string;
    ip: string | null;
  },
): Promise<void> {
  const { election: e, actor } = input;
  await handle.db.transaction().execute(async (trx) => {
    await updateElectionTarget(trx, e.id, input.target);
    await recordAudit(trx, handle.store, {
      actor,
      action: 'election.update',
      entity: 'election',
      entityId: e.id,
      regionCode: e.regionCodes.length === 1 ? (e.regionCodes[0] ?? null) : input.actorScope,
      summary: { target: { from: e.target, to: input.target } },
      ip: input.ip,
    });
  });
}
