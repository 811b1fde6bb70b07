import type { SuketPolicyBody } from '@sigap/contracts';
import { defaultSuketPolicy, type SuketPolicy } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { recordAudit } from '../audit';
import { getElectionInScope } from '../elections';
import { suketErrors } from './sukets.errors';
import { findPolicyRow, upsertPolicyRow } from './sukets.repository';

/** An election's suket policy: its stored row, or the default (issued until voting day, valid to 31 Dec). */
export async function policyOf(
  handle: Db,
  election: { id: number; votingDate: string },
): Promise<SuketPolicy> {
  const row = await findPolicyRow(handle.db, election.id);
  if (!row) return defaultSuketPolicy(election.votingDate);
  return {
    issueFrom: row.issue_from,
    issueUntil: row.issue_until,
    validUntil: row.valid_until,
    prrWithBlankoMustPrint: Number(row.prr_with_blanko_must_print) === 1,
  };
}

export async function readPolicy(handle: Db, ctx: RequestContext, electionId: number) {
  authorize(ctx.user, 'suket.read');
  const election = await getElectionInScope(handle, ctx.user.regionCode, electionId);
  return { electionId, ...(await policyOf(handle, election)) };
}

/** The province sets an election's window and validity; audited with the old policy. */
export async function setPolicy(handle: Db, ctx: RequestContext, electionId: number, body: SuketPolicyBody) {
  authorize(ctx.user, 'suket.manage');
  const election = await getElectionInScope(handle, ctx.user.regionCode, electionId);
  if (body.issueUntil > body.validUntil || (body.issueFrom && body.issueFrom > body.issueUntil))
    throw suketErrors.badPolicy();
  const before = await policyOf(handle, election);
  await handle.db.transaction().execute(async (trx) => {
    await upsertPolicyRow(trx, {
      election_id: electionId,
      issue_from: body.issueFrom,
      issue_until: body.issueUntil,
      valid_until: body.validUntil,
      prr_with_blanko_must_print: body.prrWithBlankoMustPrint ? 1 : 0,
      updated_at: new Date().toISOString(),
    });
    await recordAudit(trx, handle.store, {
      actor: ctx.user,
      action: 'suket.policy',
      entity: 'election',
      entityId: electionId,
      regionCode: ctx.user.regionCode,
      summary: { from: before, to: body },
      ip: ctx.ip,
    });
  });
  return { electionId, ...body };
}
