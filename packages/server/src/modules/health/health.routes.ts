import { Health } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { VERSION } from '../../version';
import { pingDatabase } from './health.repository';

export function healthRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        config: { policy: { access: 'public' } },
        schema: {
          tags: ['health'],
          summary: 'Liveness and the database engine in use',
          response: { 200: Health },
        },
      },
      async () => {
        // A real round trip: a load balancer should take an instance whose database is gone out of rotation.
        await pingDatabase(deps.handle.db);
        return { status: 'ok' as const, database: deps.handle.engine, version: VERSION };
      },
    );
  };
}
