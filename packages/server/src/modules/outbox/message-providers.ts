import type { WaGatewayConfig } from '../../config';
import type { MessageRow } from '../../db/schema';
import { gatewayTemplateOf } from './message-templates';

/** How one attempt to hand a message to a provider ended. */
export type SendResult =
  /** Manual provider: nothing is sent; an officer opens the wa.me link. */
  | { kind: 'by_hand' }
  /** The gateway accepted it (not delivered: only its callback says that). */
  | { kind: 'accepted'; providerMessageId: string }
  /** 4xx: the gateway will never take this message; retrying cannot help. */
  | { kind: 'rejected'; error: string }
  /** 5xx, timeout, network: retry with the job's backoff. */
  | { kind: 'temporary'; error: string };

export interface MessageProvider {
  readonly name: 'manual' | 'http';
  send(message: MessageRow): Promise<SendResult>;
}

export const manualProvider: MessageProvider = {
  name: 'manual',
  send: async () => ({ kind: 'by_hand' }),
};

/**
 * A WhatsApp/SMS gateway over HTTP: POST JSON with a bearer token and an `Idempotency-Key` header (the
 * message's own key), so that a resend after a crash — the gateway took it, Sigap died before recording
 * that — is recognised by the gateway rather than sent twice. Uses Node's fetch: no client library needed.
 */
export function httpGatewayProvider(config: WaGatewayConfig & { url: string }): MessageProvider {
  return {
    name: 'http',
    async send(message) {
      let res: Response;
      try {
        res = await fetch(config.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(config.token ? { authorization: `Bearer ${config.token}` } : {}),
            'idempotency-key': message.idempotency_key,
          },
          body: JSON.stringify({
            to: message.recipient_phone,
            template: gatewayTemplateOf(message.kind),
            params: JSON.parse(message.params) as unknown,
            text: message.text,
            reference: message.idempotency_key,
          }),
          signal: AbortSignal.timeout(config.timeoutMs),
        });
      } catch (err) {
        const timeout = err instanceof Error && err.name === 'TimeoutError';
        return { kind: 'temporary', error: timeout ? 'gateway timeout' : 'gateway unreachable' };
      }
      const body = await res.text();
      if (res.status >= 500) return { kind: 'temporary', error: `gateway ${res.status}` };
      if (res.status >= 400 || res.status < 200 || res.status >= 300) {
        return { kind: 'rejected', error: `gateway ${res.status}: ${body.slice(0, 200)}` };
      }
      const id = parseMessageId(body);
      if (!id) return { kind: 'temporary', error: 'gateway answer without a message id' };
      return { kind: 'accepted', providerMessageId: id };
    },
  };
}

function parseMessageId(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { id?: unknown; messageId?: unknown };
    const id = parsed.id ?? parsed.messageId;
    return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : null;
  } catch {
    return null;
  }
}

/** The gateway when one is configured, else sending by hand. */
export function providerFor(config: WaGatewayConfig): MessageProvider {
  return config.url ? httpGatewayProvider({ ...config, url: config.url }) : manualProvider;
}
