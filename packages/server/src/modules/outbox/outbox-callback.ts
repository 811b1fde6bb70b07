import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, MessageState } from '../../db/schema';
import { findByProviderId, transitionMessage } from './outbox.repository';
import { outboxErrors } from './outbox-errors';

export const SIGNATURE_HEADER = 'x-sigap-signature';

/** `sha256=<hex HMAC-SHA256 of the raw body>`, as the gateway signs its callbacks. */
export function signCallback(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** Constant-time comparison, so the answer time does not reveal how much of a forged signature matched. */
export function signatureValid(secret: string, rawBody: string, header: unknown): boolean {
  if (typeof header !== 'string') return false;
  const expected = Buffer.from(signCallback(secret, rawBody));
  const sent = Buffer.from(header);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

export interface DeliveryReport {
  providerMessageId: string;
  status: 'delivered' | 'failed';
  error?: string | undefined;
}

/** Where a report may move a message from: a late `failed` never undoes `delivered`, and vice versa. */
const REPORTABLE: readonly MessageState[] = ['created', 'sending', 'temp_failed'];

/**
 * Applies a gateway's delivery report once: a duplicate (the message already delivered or failed)
 * changes nothing and answers the same; an id Sigap never got from the gateway is `message_not_found`.
 */
export async function applyDeliveryReport(
  db: Kysely<Database>,
  report: DeliveryReport,
  now: Date = new Date(),
): Promise<{ id: number; state: MessageState; changed: boolean }> {
  const msg = await findByProviderId(db, report.providerMessageId);
  if (!msg) throw outboxErrors.messageNotFound();
  const at = now.toISOString();
  const changed = await transitionMessage(
    db,
    msg.id,
    REPORTABLE,
    report.status === 'delivered'
      ? { state: 'delivered', delivered_at: at, updated_at: at }
      : { state: 'failed', last_error: report.error ?? 'gateway reported failure', updated_at: at },
  );
  if (changed) return { id: msg.id, state: report.status, changed };
  const current = await findByProviderId(db, report.providerMessageId);
  return { id: msg.id, state: current?.state ?? msg.state, changed };
}
