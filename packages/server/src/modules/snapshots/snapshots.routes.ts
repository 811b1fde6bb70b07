import { SnapshotResponse, TakeSnapshotBody, TrendQuery, TrendResponse } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { takeSnapshotOnDemand, trendFor } from './snapshots.service';

export function snapshotsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/snapshots',
      {
        config: { policy: { action: 'snapshot.take', region: 'body:region' } },
        schema: {
          tags: ['coverage'],
          summary:
            'Take a coverage snapshot now for a region and its regencies and districts (today or yesterday, local time)',
          body: TakeSnapshotBody,
          response: { 201: SnapshotResponse },
        },
      },
      async (req, reply) => {
        const result = await takeSnapshotOnDemand(deps.handle, requireContext(req), req.body);
        return reply.status(201).send(result);
      },
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
      async (req) => trendFor(deps.handle, requireContext(req), req.query),
    );
  };
}
