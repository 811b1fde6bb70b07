import type { Kysely } from 'kysely';
import type { RequestContext } from '../../context';
import type { Database, MessageRow, MessageState } from '../../db/schema';
import { authorize, inScope } from '../access';
import { enqueueJob } from '../jobs';
import { type MessageKind, renderMessage } from './message-templates';
import {
  findMessage,
  findMessageByKey,
  insertMessage,
  listMessagesInScope,
  transitionMessage,
} from './outbox.repository';
import { outboxErrors } from './outbox-errors';
import { maskPhone, normalizeIndonesianPhone, waMeLink } from './phone-numbers';

export const DELIVER_JOB = 'message.deliver';

export interface QueueMessageInput {
  kind: MessageKind;
  recipientPhone: string;
  recipientResidentId?: number | null;
  regionCode: string;
  params: Record<string, string>;
  /** Made by the cause (e.g. `booking:<id>:reminder`): a replay with the same key writes nothing new. */
  idempotencyKey: string;
}

/**
 * Writes a message and its delivery job in the caller's transaction, so the message exists only if the
 * event that causes it commits. A replay with the same idempotency key returns the first message.
 */
export async function queueMessage(
  trx: Kysely<Database>,
  input: QueueMessageInput,
  now: Date = new Date(),
): Promise<{ id: number; created: boolean }> {
  const phone = normalizeIndonesianPhone(input.recipientPhone);
  if (!phone) throw outboxErrors.phoneInvalid();
  const { params, text } = renderMessage(input.kind, input.params);
  const id = await insertMessage(
    trx,
    {
      kind: input.kind,
      recipientPhone: phone,
      recipientResidentId: input.recipientResidentId ?? null,
      regionCode: input.regionCode,
      params: JSON.stringify(params),
      text,
      idempotencyKey: input.idempotencyKey,
    },
    now.toISOString(),
  );
  if (id === null) {
    const first = await findMessageByKey(trx, input.idempotencyKey);
    if (!first) throw new Error('message idempotency key vanished');
    return { id: first.id, created: false };
  }
  await enqueueJob(
    trx,
    { kind: DELIVER_JOB, payload: { messageId: id }, maxAttempts: 6, dedupeKey: `${DELIVER_JOB}:${id}` },
    now,
  );
  return { id, created: true };
}

function toListItem(r: MessageRow) {
  return {
    id: r.id,
    kind: r.kind,
    recipientPhone: maskPhone(r.recipient_phone),
    regionCode: r.region_code,
    state: r.state,
    provider: r.provider,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    deliveredAt: r.delivered_at,
    openedAt: r.opened_at,
  };
}

/** The outbox of the user's scope, newest first; phone numbers masked. */
export async function listMessages(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: { state?: MessageState; page: number; pageSize: number },
) {
  authorize(ctx.user, 'message.read');
  const { rows, total } = await listMessagesInScope(
    db,
    ctx.user.regionCode,
    query.state ? { state: query.state } : {},
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  return { items: rows.map(toListItem), total, page: query.page, pageSize: query.pageSize };
}

const OPENABLE: readonly MessageState[] = ['created', 'temp_failed', 'failed', 'sent_by_hand'];

/**
 * "Send by hand": records that an officer opened the message and hands out its wa.me link. The link (with
 * the full number) is given only here, so every opening is recorded; the first opening moves the message
 * to `sent_by_hand` (WhatsApp tells Sigap nothing more, so that is as far as it can know).
 */
export async function openMessageByHand(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  now: Date = new Date(),
): Promise<{ id: number; state: MessageState; waLink: string }> {
  authorize(ctx.user, 'message.send_by_hand');
  const msg = await findMessage(db, id);
  if (!msg || !inScope(ctx.user, msg.region_code)) throw outboxErrors.messageNotFound();
  if (!OPENABLE.includes(msg.state)) throw outboxErrors.alreadySent();
  const at = now.toISOString();
  await transitionMessage(db, id, ['created', 'temp_failed', 'failed'], {
    state: 'sent_by_hand',
    provider: 'manual',
    opened_at: at,
    opened_by: ctx.user.id,
    sent_at: at,
    updated_at: at,
  });
  return { id, state: 'sent_by_hand', waLink: waMeLink(msg.recipient_phone, msg.text) };
}
