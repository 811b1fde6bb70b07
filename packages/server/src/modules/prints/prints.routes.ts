import {
  AwaitingHandoverQuery,
  AwaitingHandoverReply,
  FinishRollBody,
  FinishRollReply,
  HandoverBody,
  IdParam,
  PrintBatchBody,
  PrintBatchReply,
  PrintCardBody,
  PrintCardReply,
  PrintQueuePage,
  PrintQueueQuery,
  ReconciliationQuery,
  ReconciliationReply,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { printBatch, printOne, printQueue } from './prints.service';
import { cardsAwaitingHandover, getCard, handOver } from './prints-handover.service';
import { reconciliation } from './prints-reconciliation.service';
import { finishRollAt } from './prints-rolls.service';

const tags = ['prints'];

/** The print queue, printing (one, a batch, spoiled), handover, ribbon/film yields and reconciliation. */
export function printsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const h = deps.handle;
    const now = () => deps.now?.() ?? new Date();
    app.get(
      '/api/v1/prints/queue',
      {
        config: { policy: { action: 'print.read', region: 'query:office' } },
        schema: {
          tags,
          summary:
            "PRR residents of a printing office's area not yet printed, voters of the next election first",
          querystring: PrintQueueQuery,
          response: { 200: PrintQueuePage },
        },
      },
      async (req) => printQueue(h, requireContext(req), req.query, now()),
    );
    app.get(
      '/api/v1/prints/awaiting-handover',
      {
        config: { policy: { action: 'print.read', region: 'query:office' } },
        schema: {
          tags,
          summary: 'Cards printed at an office and not yet handed over, oldest first',
          querystring: AwaitingHandoverQuery,
          response: { 200: AwaitingHandoverReply },
        },
      },
      async (req) => cardsAwaitingHandover(h, requireContext(req), req.query.office),
    );
    app.get(
      '/api/v1/prints/reconciliation',
      {
        config: { policy: { action: 'print.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Blanko consumed against cards printed (Sigap and SIAK imports) and spoiled, per regency',
          querystring: ReconciliationQuery,
          response: { 200: ReconciliationReply },
        },
      },
      async (req) => reconciliation(h, requireContext(req), req.query.region),
    );
    app.post(
      '/api/v1/prints/residents/:id',
      {
        config: { policy: { action: 'print.write', region: 'row:resident' } },
        schema: {
          tags,
          summary:
            "Print a resident's card (or record a spoiled one) at the office of the resident's regency",
          params: IdParam,
          body: PrintCardBody,
          response: { 201: PrintCardReply },
        },
      },
      async (req, reply) => {
        const id = await printOne(h, requireContext(req), req.params.id, req.body, now());
        const card = await getCard(h, id);
        return reply.status(201).send({ card });
      },
    );
    app.post(
      '/api/v1/prints/batch',
      {
        config: { policy: { action: 'print.write', region: 'body:office' } },
        schema: {
          tags,
          summary: 'Print a batch of cards, each in its own transaction; a summary of printed and refused',
          body: PrintBatchBody,
          response: { 200: PrintBatchReply },
        },
      },
      async (req) => printBatch(h, requireContext(req), req.body, now()),
    );
    app.post(
      '/api/v1/prints/residents/:id/handover',
      {
        config: { policy: { action: 'print.handover', region: 'row:resident' } },
        schema: {
          tags,
          summary: 'Hand a printed card over to the resident or a family member',
          params: IdParam,
          body: HandoverBody,
          response: {
            200: z.object({
              residentId: z.number(),
              handedOverOn: z.string(),
              cardId: z.number().nullable(),
            }),
          },
        },
      },
      async (req) => handOver(h, requireContext(req), req.params.id, req.body, now()),
    );
    app.post(
      '/api/v1/prints/rolls/finish',
      {
        config: { policy: { action: 'print.write', region: 'body:office' } },
        schema: {
          tags,
          summary: 'Report the ribbon or film in use finished: its card count is the measured yield',
          body: FinishRollBody,
          response: { 200: FinishRollReply },
        },
      },
      async (req) => finishRollAt(h, requireContext(req), req.body, now()),
    );
  };
}
