import { isPrintReady, isWithinScope, officeToday } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { AppError } from '../../errors';
import { recordAudit } from '../audit';
import { normalizeIndonesianPhone, queueMessage } from '../outbox';
import { applyResidentWrites, officerWrite } from '../residents';
import { getSetting } from '../settings';
import { consumeStock } from '../stock';
import { printErrors } from './prints.errors';
import { countOnRoll, findResident, insertCard, openRoll, startRoll } from './prints.repository';

export interface PrintInput {
  office: { code: string; name: string };
  residentId: number;
  spoiled: boolean;
  reason: string | null;
  now: Date;
}

/** A ledger refusal (`stock_negative`) of one item becomes the print's own message for that item. */
async function consumeOr<T>(run: () => Promise<T>, refusal: () => AppError): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof AppError && err.id === 'stock_negative') throw refusal();
    throw err;
  }
}

/**
 * One card through the printer, in ONE transaction: one blanko off the office's stock card, the ribbon
 * and film share, the resident printed through the one write path (history, counters, audit), the card
 * row, the print's audit entry and, when the resident left a phone, the "card ready" message.
 *
 * Locks: the office's BLANKO card row is taken first (consumeStock), which serialises every print at the
 * office; the resident is re-read after it, so two operators printing the same resident (or the last
 * blanko) cannot both succeed. Then FILM, then RIBBON (the ledger's item order), then the audit chain.
 */
export async function printCardCommand(handle: Db, ctx: RequestContext, p: PrintInput): Promise<number> {
  const today = officeToday(p.office.code, p.now);
  const iso = p.now.toISOString();
  const yields = await getSetting(handle.db, p.office.code, 'stock_card_yield');
  return handle.db.transaction().execute(async (trx) => {
    await consumeOr(
      () =>
        consumeStock(trx, handle.store, {
          item: 'BLANKO',
          location: p.office.code,
          quantity: 1,
          occurredOn: today,
          kind: p.spoiled ? 'spoil' : 'consume',
          reason: p.spoiled ? p.reason : 'cetak KTP-el',
          actorId: ctx.user.id,
          note: `resident:${p.residentId}`,
        }),
      () => printErrors.noBlanko(p.office.name),
    );
    const resident = await findResident(trx, p.residentId);
    if (!resident || !isWithinScope(ctx.user.regionCode, resident.village_code))
      throw printErrors.notWaiting();
    if (!isWithinScope(p.office.code, resident.village_code)) throw printErrors.outsideOffice();
    if (!isPrintReady(resident.recording_status) || resident.print_status !== 'NOT_PRINTED')
      throw printErrors.notWaiting();
    for (const item of ['FILM', 'RIBBON'] as const) await useRoll(trx, handle, ctx, p, item, yields[item]);
    if (!p.spoiled) {
      const result = await applyResidentWrites(
        trx,
        handle.store,
        [{ kind: 'patch', nik: resident.nik, patch: { printStatus: 'PRINTED', printedDate: today } }],
        officerWrite(ctx, 'print', p.now),
      );
      const [refused] = result.rejected;
      if (refused) throw printErrors.writeRefused(refused.message, refused.messageEn);
    }
    const cardId = await insertCard(trx, {
      office_code: p.office.code,
      resident_id: resident.id,
      village_code: resident.village_code,
      operator_id: ctx.user.id,
      operator_username: ctx.user.username,
      printed_on: today,
      printed_at: iso,
      spoiled: p.spoiled ? 1 : 0,
      spoil_reason: p.spoiled ? p.reason : null,
      updated_at: iso,
    });
    await recordAudit(trx, handle.store, {
      actor: { id: ctx.user.id, username: ctx.user.username },
      action: p.spoiled ? 'print.spoil' : 'print.card',
      entity: 'resident',
      entityId: resident.id,
      regionCode: resident.village_code,
      summary: { cardId, office: p.office.code, date: today, ...(p.spoiled ? { reason: p.reason } : {}) },
      ip: ctx.ip,
    });
    if (!p.spoiled && resident.phone && normalizeIndonesianPhone(resident.phone)) {
      await queueMessage(
        trx,
        {
          kind: 'card_ready',
          recipientPhone: resident.phone,
          recipientResidentId: resident.id,
          regionCode: resident.village_code,
          params: { name: resident.full_name.slice(0, 100), office: p.office.name.slice(0, 100) },
          idempotencyKey: `print:${cardId}:ready`,
        },
        p.now,
      );
    }
    return cardId;
  });
}

/**
 * The ribbon/film share of one card. Stock holds whole units, so the share is counted on the unit in use:
 * a unit leaves the ledger (one `consume` line) when it is loaded, i.e. at the first card printed with none
 * in use, and closes itself when it has printed the configured yield; an office that finds it empty
 * earlier closes it by hand (`finishRoll`) and its card count is the measured yield.
 */
async function useRoll(
  trx: Kysely<Database>,
  handle: Db,
  ctx: RequestContext,
  p: PrintInput,
  item: 'RIBBON' | 'FILM',
  yieldCards: number,
): Promise<void> {
  const iso = p.now.toISOString();
  let roll = await openRoll(trx, p.office.code, item);
  if (!roll) {
    const line = await consumeOr(
      () =>
        consumeStock(trx, handle.store, {
          item,
          location: p.office.code,
          quantity: 1,
          occurredOn: officeToday(p.office.code, p.now),
          kind: 'consume',
          reason: `${item.toLowerCase()} dipasang untuk cetak`,
          actorId: ctx.user.id,
        }),
      () => printErrors.noSupply(item, p.office.name),
    );
    const id = await startRoll(trx, {
      office_code: p.office.code,
      item,
      cards: 0,
      started_at: iso,
      stock_line_id: Number(line.id),
    });
    roll = {
      id,
      office_code: p.office.code,
      item,
      cards: 0,
      started_at: iso,
      finished_at: null,
      stock_line_id: null,
    };
  }
  await countOnRoll(trx, roll.id, roll.cards + 1 >= yieldCards ? iso : null);
}
