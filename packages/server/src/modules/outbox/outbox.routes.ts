import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { listMessages, openMessageByHand } from './outbox.service';
import { outboxCallbackRoute } from './outbox-callback.routes';

const MessageState = z.enum(['created', 'sending', 'delivered', 'temp_failed', 'failed', 'sent_by_hand']);

const MessageItem = z.object({
  id: z.number(),
  kind: z.string(),
  recipientPhone: z.string(),
  regionCode: z.string(),
  state: MessageState,
  provider: z.string().nullable(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  openedAt: z.string().nullable(),
});

const MessageListQuery = z.object({
  state: MessageState.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** The outbox of the user's region (numbers masked), sending by hand, and the gateway's callback. */
export function outboxRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const now = () => deps.now?.() ?? new Date();
    app.get(
      '/api/v1/messages',
      {
        config: { policy: { action: 'message.read', region: 'own' } },
        schema: {
          tags: ['messages'],
          summary: 'Messages to residents in your region and their delivery state (numbers masked)',
          querystring: MessageListQuery,
          response: {
            200: z.object({
              items: z.array(MessageItem),
              total: z.number(),
              page: z.number(),
              pageSize: z.number(),
            }),
          },
        },
      },
      async (req) => listMessages(deps.handle.db, requireContext(req), req.query),
    );

    app.post(
      '/api/v1/messages/:id/opened',
      {
        config: { policy: { action: 'message.send_by_hand', region: 'own' } },
        schema: {
          tags: ['messages'],
          summary: 'Send by hand: record the opening and get the wa.me link with the text ready',
          params: z.object({ id: z.coerce.number().int().positive() }),
          response: { 200: z.object({ id: z.number(), state: MessageState, waLink: z.string() }) },
        },
      },
      async (req) => openMessageByHand(deps.handle.db, requireContext(req), req.params.id, now()),
    );

    await app.register(outboxCallbackRoute(deps));
  };
}
