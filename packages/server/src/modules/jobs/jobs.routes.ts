import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { authorize } from '../access';
import { listJobsForAdmin } from './jobs.service';

const JobState = z.enum(['queued', 'running', 'failed', 'done', 'dead']);

const JobItem = z.object({
  id: z.number(),
  kind: z.string(),
  state: JobState,
  attempts: z.number(),
  maxAttempts: z.number(),
  runAfter: z.string(),
  leaseOwner: z.string().nullable(),
  leaseUntil: z.string().nullable(),
  lastError: z
    .object({
      code: z.string().nullable(),
      params: z.record(z.string(), z.unknown()).nullable(),
      text: z.string().nullable(),
    })
    .nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});

const JobListQuery = z.object({
  state: JobState.optional(),
  kind: z.string().max(64).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

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
          response: {
            200: z.object({
              items: z.array(JobItem),
              total: z.number(),
              page: z.number(),
              pageSize: z.number(),
            }),
          },
        },
      },
      async (req) => {
        authorize(requireContext(req).user, 'job.read', 'ID');
        return listJobsForAdmin(deps.handle.db, req.query);
      },
    );
  };
}
