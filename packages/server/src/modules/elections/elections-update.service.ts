import type { Election, UpdateElectionBody } from '@sigap/contracts';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { updateElectionTargetCommand } from './elections.commands';
import { getElection, getElectionInScope } from './elections.service';

/**
 * An admin sets an election's target (share of wajib KTP by voting day; "Sisa menuju target" and the forecast
 * use it). Like adding one, every region of the election must lie inside the admin's scope: a province admin
 * may tune its own pilkada, not the national pemilu. An election outside the scope is not found.
 */
export async function updateElection(
  handle: Db,
  ctx: RequestContext,
  id: number,
  body: UpdateElectionBody,
): Promise<Election> {
  authorize(ctx.user, 'election.manage');
  const election = await getElectionInScope(handle, ctx.user.regionCode, id);
  for (const code of election.regionCodes) authorize(ctx.user, 'election.manage', code);
  await updateElectionTargetCommand(handle, {
    election,
    target: body.target,
    actor: ctx.user,
    actorScope: ctx.user.regionCode,
    ip: ctx.ip,
  });
  return getElection(handle, id);
}
