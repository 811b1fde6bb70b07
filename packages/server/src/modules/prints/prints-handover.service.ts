import type { AwaitingHandoverReply, HandoverBody, PrintedCard } from '@sigap/contracts';
import { isWithinScope, maskNik, officeToday } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { recordAudit } from '../audit';
import { applyResidentWrites, officerWrite } from '../residents';
import { printErrors } from './prints.errors';
import {
  awaitingHandover,
  findCard,
  findResident,
  latestGoodCard,
  type PrintCardRow,
  setHandover,
} from './prints.repository';
import { officeOf } from './prints.service';

export function presentCard(c: PrintCardRow): PrintedCard {
  return {
    id: c.id,
    residentId: Number(c.resident_id),
    officeCode: c.office_code,
    printedOn: c.printed_on,
    spoiled: Number(c.spoiled) === 1,
    spoilReason: c.spoil_reason,
    operator: c.operator_username,
    handedOverOn: c.handed_over_on,
    receivedBy: c.received_by,
    receiverName: c.receiver_name,
  };
}

export async function getCard(handle: Db, id: number): Promise<PrintedCard> {
  return presentCard((await findCard(handle.db, id)) as PrintCardRow);
}

/** Printed cards waiting at the office for their owner (the handover list; NIKs masked as in every list). */
export async function cardsAwaitingHandover(
  handle: Db,
  ctx: RequestContext,
  office: string,
): Promise<AwaitingHandoverReply> {
  authorize(ctx.user, 'print.read', office);
  const o = await officeOf(handle, office);
  const rows = await awaitingHandover(handle.db, o.code);
  return {
    items: rows
      .filter((r) => isWithinScope(ctx.user.regionCode, r.village_code))
      .map((r) => ({
        cardId: r.id,
        residentId: Number(r.resident_id),
        fullName: r.full_name,
        nikMasked: maskNik(r.nik),
        villageCode: r.village_code,
        printedOn: r.printed_on,
      })),
  };
}

/**
 * Penyerahan: the printed card leaves the office. The resident becomes HANDED_OVER through the one write
 * path with source `print` (the last step of the print pipeline, whichever desk hands it over; the history
 * still says who did it), and the card row keeps who received it. A card printed before Sigap (a SIAK
 * import) has no card row: the handover is still recorded on the resident and in the audit entry.
 */
export async function handOver(
  handle: Db,
  ctx: RequestContext,
  residentId: number,
  body: HandoverBody,
  now: Date = new Date(),
): Promise<{ residentId: number; handedOverOn: string; cardId: number | null }> {
  authorize(ctx.user, 'print.handover');
  const resident = await findResident(handle.db, residentId);
  if (!resident || !isWithinScope(ctx.user.regionCode, resident.village_code))
    throw printErrors.residentNotFound();
  if (body.receivedBy !== 'resident' && !body.receiverName) throw printErrors.receiverNameRequired();
  const on = body.date ?? officeToday(resident.village_code, now);
  return handle.db.transaction().execute(async (trx) => {
    const current = await findResident(trx, residentId);
    if (current?.print_status !== 'PRINTED') throw printErrors.notPrinted();
    const result = await applyResidentWrites(
      trx,
      handle.store,
      [{ kind: 'patch', nik: resident.nik, patch: { printStatus: 'HANDED_OVER', handedOverDate: on } }],
      officerWrite(ctx, 'print', now),
    );
    const [refused] = result.rejected;
    if (refused) throw printErrors.writeRefused(refused.message, refused.messageEn);
    const card = await latestGoodCard(trx, residentId);
    const receiverName = body.receivedBy === 'resident' ? resident.full_name : (body.receiverName ?? null);
    if (card)
      await setHandover(trx, card.id, {
        on,
        receivedBy: body.receivedBy,
        receiverName,
        by: ctx.user.id,
        now: now.toISOString(),
      });
    await recordAudit(trx, handle.store, {
      actor: { id: ctx.user.id, username: ctx.user.username },
      action: 'print.handover',
      entity: 'resident',
      entityId: residentId,
      regionCode: resident.village_code,
      summary: { cardId: card?.id ?? null, date: on, receivedBy: body.receivedBy, receiverName },
      ip: ctx.ip,
    });
    return { residentId, handedOverOn: on, cardId: card?.id ?? null };
  });
}
