import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { recordAudit } from '../audit';
import { printErrors } from './prints.errors';
import { finishRoll, openRoll } from './prints.repository';
import { officeOf } from './prints.service';

/**
 * The office reports the ribbon or film in use finished: its card count is the measured yield (makers say
 * 500, offices report far fewer), kept on the roll and in the audit entry; the next print loads a new one.
 */
export async function finishRollAt(
  handle: Db,
  ctx: RequestContext,
  body: { office: string; item: 'RIBBON' | 'FILM' },
  now: Date = new Date(),
): Promise<{ item: string; cards: number }> {
  authorize(ctx.user, 'print.write', body.office);
  const office = await officeOf(handle, body.office);
  return handle.db.transaction().execute(async (trx) => {
    const roll = await openRoll(trx, office.code, body.item);
    if (!roll) throw printErrors.noRoll(body.item);
    await finishRoll(trx, roll.id, now.toISOString());
    await recordAudit(trx, handle.store, {
      actor: { id: ctx.user.id, username: ctx.user.username },
      action: 'print.roll_finish',
      entity: 'region',
      entityId: null,
      regionCode: office.code,
      summary: { item: body.item, rollId: roll.id, cards: roll.cards, startedAt: roll.started_at },
      ip: ctx.ip,
    });
    return { item: body.item, cards: roll.cards };
  });
}
