import {
  SuketBatchBody,
  SuketBatchPreview,
  SuketBatchProgress,
  SuketBatchQuery,
  SuketBatchStarted,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { batchPdf, batchProgress, previewBatch, SUKET_BATCH_JOB, startBatch } from './suket-batch.service';
import { originOf } from './sukets-public.routes';

const tags = ['sukets'];

/** Batch issuance for an election and region: preview count, start the job, progress, one combined PDF. */
export function suketBatchRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const h = deps.handle;
  return async (app) => {
    const batchWrite = { action: 'suket.issue', region: 'body:region' } as const;
    app.post(
      '/api/v1/sukets/batches/preview',
      {
        config: { policy: batchWrite },
        schema: {
          tags,
          summary: 'How many voters a batch would give a suket',
          body: SuketBatchBody,
          response: { 200: SuketBatchPreview },
        },
      },
      async (req) => previewBatch(h, requireContext(req), req.body),
    );
    app.post(
      '/api/v1/sukets/batches',
      {
        config: { policy: batchWrite },
        schema: {
          tags,
          summary: 'Start a batch issue as a background job',
          body: SuketBatchBody,
          response: { 202: SuketBatchStarted },
        },
      },
      async (req, reply) => {
        const started = await startBatch(h, requireContext(req), req.body, originOf(req));
        deps.jobs?.wake(SUKET_BATCH_JOB);
        return reply.code(202).send(started);
      },
    );
    app.get(
      '/api/v1/sukets/batches/progress',
      {
        config: { policy: { action: 'suket.read', region: 'query:region' } },
        schema: {
          tags,
          summary: "A batch's progress",
          querystring: SuketBatchQuery,
          response: { 200: SuketBatchProgress },
        },
      },
      async (req) => batchProgress(h, requireContext(req), req.query),
    );
    app.get(
      '/api/v1/sukets/batches/pdf',
      {
        config: { policy: { action: 'suket.read', region: 'query:region' } },
        schema: { tags, summary: "One PDF of a batch's sukets", querystring: SuketBatchQuery },
      },
      async (req, reply) => {
        const body = await batchPdf(h, requireContext(req), req.query, originOf(req));
        return reply
          .header('Content-Type', 'application/pdf')
          .header('Content-Disposition', `attachment; filename="suket-batch-${req.query.jobId}.pdf"`)
          .header('Cache-Control', 'private, no-store')
          .send(body);
      },
    );
  };
}
