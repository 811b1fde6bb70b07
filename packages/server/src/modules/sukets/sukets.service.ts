import type { IssueSuketBody, SuketView } from '@sigap/contracts';
import { officeToday, type SuketRefusal, suketRefusal, suketRefusals } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { ResidentRow } from '../../db/schema';
import { authorize, inScope } from '../access';
import { getElectionInScope } from '../elections';
import { officeHasBlanko } from '../prints';
import { loadResidentInScope } from '../residents';
import { toSuketView } from './suket.presenter';
import { suketNumberFormat } from './suket-number-format';
import { policyOf } from './suket-policy.service';
import { endSuketInTrx, issueSuketCommand } from './sukets.commands';
import { suketErrors } from './sukets.errors';
import { activeSuketOf, listSuketRows, suketWithHolder, undeliveredSukets } from './sukets.repository';

/**
 * Every reason this resident may not be given a suket for this election today (empty: may be issued).
 * The blanko check reads the stock card of the resident's regency office (switch to the print queue's
 * `officeHasBlanko` once it lands).
 */
export async function refusalsFor(
  handle: Db,
  resident: ResidentRow,
  election: { id: number; votingDate: string },
  now: Date,
): Promise<SuketRefusal[]> {
  const policy = await policyOf(handle, election);
  const today = officeToday(resident.village_code, now);
  const regency = resident.village_code.slice(0, 5);
  const needBlanko = policy.prrWithBlankoMustPrint && resident.recording_status === 'PRINT_READY_RECORD';
  return suketRefusals(
    {
      recordingStatus: resident.recording_status,
      printStatus: resident.print_status,
      lifeStatus: resident.life_status,
      hasActiveSuket: (await activeSuketOf(handle.db, resident.id)) !== undefined,
      officeHasBlanko: needBlanko ? await officeHasBlanko(handle, regency) : false,
    },
    policy,
    today,
  );
}

export async function suketEligibility(
  handle: Db,
  ctx: RequestContext,
  q: { residentId: number; electionId: number },
  now = new Date(),
) {
  authorize(ctx.user, 'suket.issue');
  const resident = await loadResidentInScope(handle, ctx, q.residentId);
  const election = await getElectionInScope(handle, ctx.user.regionCode, q.electionId);
  return { refusals: await refusalsFor(handle, resident, election, now) };
}

/** Issues one suket after the rules; a concurrent second issue for the same person is refused alike. */
export async function issueSuket(
  handle: Db,
  ctx: RequestContext,
  body: IssueSuketBody,
  origin: string,
  now = new Date(),
): Promise<SuketView> {
  authorize(ctx.user, 'suket.issue');
  const resident = await loadResidentInScope(handle, ctx, body.residentId);
  const election = await getElectionInScope(handle, ctx.user.regionCode, body.electionId);
  const refusals = await refusalsFor(handle, resident, election, now);
  if (refusals.length > 0) throw suketErrors.refused(refusals);
  const policy = await policyOf(handle, election);
  const today = officeToday(resident.village_code, now);
  let id: number;
  try {
    id = await issueSuketCommand(
      handle,
      {
        resident,
        electionId: election.id,
        validFrom: today,
        validUntil: policy.validUntil,
        numberFormat: await suketNumberFormat(handle.db, resident.village_code),
        deliverVia: body.deliver ? { origin } : null,
      },
      { actor: ctx.user, ip: ctx.ip },
      now,
    );
  } catch (e) {
    // The partial unique index refused a second active suket issued at the same moment.
    if (await activeSuketOf(handle.db, resident.id))
      throw suketErrors.refused([suketRefusal('already_active')]);
    throw e;
  }
  return getSuket(handle, ctx, id, now);
}

export async function getSuket(handle: Db, ctx: RequestContext, id: number, now = new Date()) {
  authorize(ctx.user, 'suket.read');
  const row = await suketWithHolder(handle.db, { id });
  if (!row || !isWithinUser(ctx, row.region_code)) throw suketErrors.notFound();
  return toSuketView(row, row, officeToday(row.region_code, now));
}

export async function listSukets(
  handle: Db,
  ctx: RequestContext,
  q: { region?: string; status?: SuketView['status']; limit: number },
  now = new Date(),
) {
  const region = q.region ?? ctx.user.regionCode;
  authorize(ctx.user, 'suket.read', region);
  // `expired` is not stored: list the active ones and keep those past their end.
  const stored = q.status === 'expired' ? 'active' : q.status;
  const rows = await listSuketRows(handle.db, region, stored, q.limit);
  const items = rows.map((r) => toSuketView(r, r, officeToday(r.region_code, now)));
  return { items: q.status ? items.filter((i) => i.status === q.status) : items };
}

/** Revokes an active suket by hand with the officer's reason. */
export async function revokeSuket(
  handle: Db,
  ctx: RequestContext,
  id: number,
  reason: string,
  now = new Date(),
) {
  authorize(ctx.user, 'suket.revoke');
  const row = await suketWithHolder(handle.db, { id });
  if (!row || !isWithinUser(ctx, row.region_code)) throw suketErrors.notFound();
  const ok = await handle.db
    .transaction()
    .execute((trx) =>
      endSuketInTrx(
        trx,
        handle.store,
        row,
        { status: 'revoked', reason: 'manual', note: reason },
        { actor: ctx.user, ip: ctx.ip },
        now,
      ),
    );
  if (!ok) throw suketErrors.notActive();
  return getSuket(handle, ctx, id, now);
}

function isWithinUser(ctx: RequestContext, region: string): boolean {
  return inScope(ctx.user, region);
}

/** The follow-up list: active sukets whose WhatsApp message failed or could not be sent. */
export async function listUndelivered(
  handle: Db,
  ctx: RequestContext,
  region: string | undefined,
  now = new Date(),
) {
  const scope = region ?? ctx.user.regionCode;
  authorize(ctx.user, 'suket.read', scope);
  const rows = await undeliveredSukets(handle.db, scope, 500);
  return {
    items: rows.map((r) => ({
      ...toSuketView(r, r, officeToday(r.region_code, now)),
      address: r.address,
      messageState: r.message_state ?? null,
      lastError: r.last_error ?? null,
    })),
  };
}
