import { IdParam, MessageListQuery, MessageOpened, MessagePage } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { listMessages, openMessageByHand } from './outbox.service';
import { outboxCallbackRoute } from './outbox-callback.routes';

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
          response: { 200: MessagePage },
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
          params: IdParam,
          response: { 200: MessageOpened },
        },
      },
      async (req) => openMessageByHand(deps.handle.db, requireContext(req), req.params.id, now()),
    );

    await app.register(outboxCallbackRoute(deps));
  };
}
