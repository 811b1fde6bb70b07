import type { SuketSentByHand } from '@sigap/contracts';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize, inScope } from '../access';
import { normalizeIndonesianPhone, openMessageByHand, queueMessage } from '../outbox';
import { suketLinks } from './sukets.commands';
import { suketErrors } from './sukets.errors';
import { suketWithHolder } from './sukets.repository';

/**
 * "Send by hand" from the suket page, for an office whose outbox has no gateway (or whose message
 * failed): the suket's own WhatsApp message (the Indonesian text with the PDF and verification links) is
 * queued if issuing did not queue it, then opened through the outbox's send-by-hand path, which records
 * the opening and hands out the wa.me link. One message per suket: the idempotency key of issuing.
 */
export async function sendSuketByHand(
  handle: Db,
  ctx: RequestContext,
  id: number,
  origin: string,
  now = new Date(),
): Promise<SuketSentByHand> {
  authorize(ctx.user, 'message.send_by_hand');
  const s = await suketWithHolder(handle.db, { id });
  if (!s || !inScope(ctx.user, s.region_code)) throw suketErrors.notFound();
  if (s.status !== 'active') throw suketErrors.notActive();
  if (!s.phone || !normalizeIndonesianPhone(s.phone)) throw suketErrors.noPhone();
  const phone = s.phone;
  const message = await handle.db.transaction().execute((trx) =>
    queueMessage(
      trx,
      {
        kind: 'suket_issued',
        recipientPhone: phone,
        recipientResidentId: Number(s.resident_id),
        regionCode: s.region_code,
        params: { name: s.full_name.slice(0, 100), number: s.number, ...suketLinks(origin, s) },
        idempotencyKey: `suket_issued:${s.id}`,
      },
      now,
    ),
  );
  const opened = await openMessageByHand(handle.db, ctx, message.id, now);
  return { messageId: opened.id, waLink: opened.waLink };
}
