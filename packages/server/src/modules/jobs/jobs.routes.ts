import { JobListQuery, JobPage } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { authorize } from '../access';
import { listJobsForAdmin } from './jobs.service';

/** The background jobs of the whole server: an operations view for the national superadmin. */
export function jobsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/jobs',
      {
        config: { policy: { action: 'job.read', region: 'national' } },
        schema: {
          tags: ['jobs'],
          summary: 'Background jobs: state, attempts, last error (newest first)',
          querystring: JobListQuery,
          response: { 200: JobPage },
        },
      },
      async (req) => {
        authorize(requireContext(req).user, 'job.read', 'ID');
        return listJobsForAdmin(deps.handle.db, req.query);
      },
    );
  };
}
