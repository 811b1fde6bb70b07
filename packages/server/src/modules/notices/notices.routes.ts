import { NoticeListQuery, NoticePage, NoticeReadBody, NoticeReadReply } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { listMyNotices, readMyNotices } from './notices.service';

/** Every logged-in user reads only their own notices; no role check beyond the session. */
export function noticesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/notices',
      {
        config: { policy: { access: 'session' } },
        schema: {
          tags: ['notices'],
          summary: 'Your notices (security alerts, actions on your account), newest first',
          querystring: NoticeListQuery,
          response: { 200: NoticePage },
        },
      },
      async (req) => listMyNotices(deps.handle.db, requireContext(req), req.query),
    );

    app.post(
      '/api/v1/notices/read',
      {
        config: { policy: { access: 'session' } },
        schema: {
          tags: ['notices'],
          summary: 'Mark your notices read (the given ids, or all)',
          body: NoticeReadBody,
          response: { 200: NoticeReadReply },
        },
      },
      async (req) => readMyNotices(deps.handle.db, requireContext(req), req.body.ids),
    );
  };
}
