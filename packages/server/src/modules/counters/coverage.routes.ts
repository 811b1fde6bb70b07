import { CoverageQuery, CoverageResponse } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { coverageFor } from './coverage.service';

export function coverageRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/coverage',
      {
        config: {
          policy: { action: 'coverage.read', region: 'query:region', election: 'query:election' },
        },
        schema: {
          tags: ['coverage'],
          summary:
            'Coverage figures of a region and each child region on a reference date or an election day',
          querystring: CoverageQuery,
          response: { 200: CoverageResponse },
        },
      },
      async (req) => coverageFor(deps.handle, requireContext(req), req.query, deps.now?.()),
    );
  };
}
