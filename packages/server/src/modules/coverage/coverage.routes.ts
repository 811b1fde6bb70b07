import { CoverageQuery, CoverageResponse, TrendQuery, TrendResponse } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { coverageFor } from './coverage.service';
import { trendFor } from './coverage-trend.service';

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

    app.get(
      '/api/v1/coverage/trend',
      {
        config: { policy: { action: 'coverage.read', region: 'query:region' } },
        schema: {
          tags: ['coverage'],
          summary: 'Daily stored figures of a region between two dates (default: the last 60 days)',
          querystring: TrendQuery,
          response: { 200: TrendResponse },
        },
      },
      async (req) => trendFor(deps.handle, requireContext(req), req.query, deps.now?.()),
    );
  };
}
