import { ChildrenForecastResponse, ForecastQuery, ForecastResponse } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { forecastChildren, forecastFor } from './forecast.service';

export function forecastRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/forecast',
      {
        config: {
          policy: { action: 'coverage.read', region: 'query:region', election: 'query:election' },
        },
        schema: {
          tags: ['coverage'],
          summary:
            'Recording pace, projected date of reaching the target (with a band) and the daily rate required by voting day',
          querystring: ForecastQuery,
          response: { 200: ForecastResponse },
        },
      },
      async (req) => forecastFor(deps.handle, requireContext(req), req.query),
    );

    app.get(
      '/api/v1/forecast/children',
      {
        config: {
          policy: { action: 'coverage.read', region: 'query:region', election: 'query:election' },
        },
        schema: {
          tags: ['coverage'],
          summary: 'The forecast of each child region of a region (dashboard ranking)',
          querystring: ForecastQuery,
          response: { 200: ChildrenForecastResponse },
        },
      },
      async (req) => forecastChildren(deps.handle, requireContext(req), req.query),
    );
  };
}
