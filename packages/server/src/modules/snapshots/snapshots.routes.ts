import { SnapshotResponse, TakeSnapshotBody } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { takeSnapshotOnDemand } from './snapshots.service';

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
  };
}
