import { WatchlistQuery, WatchlistResponse } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { watchlistFor } from './watchlist.service';

export function watchlistRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/watchlist',
      {
        config: {
          policy: { action: 'coverage.read', region: 'query:region', election: 'query:election' },
        },
        schema: {
          tags: ['coverage'],
          summary:
            'Desk Pilkada: child regions off track (late projection, falling pace, missing report), largest gap first',
          querystring: WatchlistQuery,
          response: { 200: WatchlistResponse },
        },
      },
      async (req) => watchlistFor(deps.handle, requireContext(req), req.query),
    );
  };
}
