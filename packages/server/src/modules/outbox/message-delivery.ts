import type { MessageRow, MessageState } from '../../db/schema';
import { type JobContext, JobError, type JobHandler } from '../jobs';
import type { MessageProvider } from './message-providers';
import { findMessage, transitionMessage } from './outbox.repository';

/** States in which a message still waits to be handed to its provider. */
const UNSENT: readonly MessageState[] = ['created', 'temp_failed'];

function messageIdOf(payload: unknown): number {
  const id = (payload as { messageId?: unknown } | null)?.messageId;
  if (typeof id !== 'number') throw new JobError('payload_invalid', {}, true);
  return id;
}

/**
 * The `message.deliver` job: hands the message to the provider once. A resumed job (its process died)
 * finds the message still unsent and sends again with the same idempotency key; a message already
 * accepted, delivered or sent by hand is left alone.
 */
export function deliverMessageHandler(provider: MessageProvider): JobHandler {
  return async (payload: unknown, ctx: JobContext) => {
    const db = ctx.handle.db;
    const msg = await findMessage(db, messageIdOf(payload));
    if (!msg) throw new JobError('message_missing', { id: messageIdOf(payload) }, true);
    if (!UNSENT.includes(msg.state)) return;
    const result = await provider.send(msg);
    const at = ctx.now().toISOString();
    const base = { provider: provider.name, attempts: msg.attempts + 1, updated_at: at };
    switch (result.kind) {
      case 'by_hand':
        // Waits, `created`, until an officer opens its wa.me link.
        await transitionMessage(db, msg.id, UNSENT, { provider: provider.name, updated_at: at });
        return;
      case 'accepted':
        await transitionMessage(db, msg.id, UNSENT, {
          ...base,
          state: 'sending',
          provider_message_id: result.providerMessageId,
          sent_at: at,
          last_error: null,
        });
        return;
      case 'rejected':
        await transitionMessage(db, msg.id, UNSENT, { ...base, state: 'failed', last_error: result.error });
        return;
      case 'temporary':
        await recordTemporary(msg, result.error, ctx, base);
        throw new JobError('gateway_unavailable', { error: result.error });
    }
  };
}

async function recordTemporary(
  msg: MessageRow,
  error: string,
  ctx: JobContext,
  base: { provider: string; attempts: number; updated_at: string },
): Promise<void> {
  // On the last attempt the job goes dead: the message's failure is then final too.
  const state: MessageState = ctx.isLastAttempt ? 'failed' : 'temp_failed';
  await transitionMessage(ctx.handle.db, msg.id, UNSENT, { ...base, state, last_error: error });
}
