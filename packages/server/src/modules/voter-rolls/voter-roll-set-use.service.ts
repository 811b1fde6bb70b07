import type { UseVoterRollSetBody, UseVoterRollSetReply } from '@sigap/contracts';
import { UseVoterRollSetBody as UseBody } from '@sigap/contracts';
import { type ServiceKind, VOTER_ROLL_CLASS_LABELS, type VoterRollClass } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { recordAudit } from '../audit';
import { inviteResidentIds } from '../bookings';
import { rosterFromResidents } from '../outreach';
import { residentIdsOfRollSet } from './voter-roll-sets.service';
import { voterRollErrors } from './voter-rolls.errors';
import { regionOfRoll, rollFor } from './voter-rolls.service';

/** One click: a set becomes an invitation batch (bookings) or an outreach site's target list. */
export async function useRollSet(
  handle: Db,
  ctx: RequestContext,
  id: number,
  cls: VoterRollClass,
  input: UseVoterRollSetBody,
  now: Date = new Date(),
): Promise<UseVoterRollSetReply> {
  const body = UseBody.parse(input);
  authorize(ctx.user, 'voter_roll.import');
  const roll = await rollFor(handle, ctx, id, 'voter_roll.import');
  if (body.as === 'outreach' && !body.siteId) throw voterRollErrors.outreachSiteMissing();
  if (body.as === 'invitations' && (!body.pointId || !body.from || !body.to)) {
    throw voterRollErrors.invitationIncomplete();
  }
  const residentIds = await residentIdsOfRollSet(handle, ctx, roll.id, cls, body.region);
  if (residentIds.length === 0) throw voterRollErrors.nothingToUse();
  const region = regionOfRoll(roll, body.region);
  const reply: UseVoterRollSetReply =
    body.as === 'outreach' && body.siteId
      ? await asOutreachList(handle, ctx, body.siteId, roll, cls, residentIds)
      : await asInvitations(handle, ctx, body, region, residentIds, now);
  const { as, ...result } = reply;
  await handle.db.transaction().execute((trx) =>
    recordAudit(trx, handle.store, {
      actor: ctx.user,
      action: 'voter_roll.use',
      entity: 'voter_roll',
      entityId: Number(roll.id),
      regionCode: roll.region_code,
      summary: { class: cls, region, as, ...result },
      ip: ctx.ip,
    }),
  );
  return reply;
}

async function asInvitations(
  handle: Db,
  ctx: RequestContext,
  body: ReturnType<typeof UseBody.parse>,
  region: string,
  residentIds: number[],
  now: Date,
): Promise<UseVoterRollSetReply> {
  const service: ServiceKind = body.service;
  const reply = await inviteResidentIds(
    handle,
    ctx,
    body.pointId ?? 0,
    { residentIds, service, from: body.from ?? '', to: body.to ?? '', limit: body.limit },
    { kind: 'voter_roll', region },
    now,
  );
  return {
    as: 'invitations',
    batchId: reply.batchId,
    assigned: reply.assigned,
    skipped: reply.skipped,
    residents: residentIds.length,
  };
}

async function asOutreachList(
  handle: Db,
  ctx: RequestContext,
  siteId: number,
  roll: { id: number; election_id: number },
  cls: VoterRollClass,
  residentIds: number[],
): Promise<UseVoterRollSetReply> {
  const label = `DPT #${roll.id}: ${VOTER_ROLL_CLASS_LABELS[cls].id}`;
  const reply = await rosterFromResidents(handle, ctx, siteId, { label, residentIds });
  return { as: 'outreach', ...reply, residents: residentIds.length };
}
