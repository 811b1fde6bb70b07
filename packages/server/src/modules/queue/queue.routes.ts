import {
  CallNextBody,
  CallNextReply,
  CallTicketBody,
  CheckInBody,
  FinishBody,
  FinishReply,
  IdParam,
  IssueTicketBody,
  QueueDay,
  QueueDayQuery,
  QueueRules,
  QueueRulesReply,
  QueueTicketReply,
  TransferBody,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { sendWritten, writeClaimOf } from '../idempotency';
import { queueDay } from './queue.service';
import { callNext, callTicket } from './queue-counter.service';
import { finishTicket } from './queue-finish.service';
import { checkIn, issueWalkIn } from './queue-issue.service';
import { getQueueRules, putQueueRules } from './queue-rules.service';
import { ticketAction, transferTicket } from './queue-ticket.service';

const tags = ['queue'];
const Empty = z.object({}).optional();

/** The queue at the office: the entrance (issue, check-in), the counter (call … finish), the day, the rules. */
export function queueRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const h = deps.handle;
    const now = () => deps.now?.() ?? new Date();
    const atPoint = (action: 'queue.read' | 'queue.issue' | 'queue.serve' | 'service_point.manage') =>
      ({ policy: { action, region: 'row:service_point' } }) as const;
    const serve = { policy: { action: 'queue.serve', region: 'row:queue_ticket' } } as const;

    app.get(
      '/api/v1/queue/points/:id',
      {
        config: atPoint('queue.read'),
        schema: {
          tags,
          summary: "A point's queue of a day (default today)",
          params: IdParam,
          querystring: QueueDayQuery,
          response: { 200: QueueDay },
        },
      },
      async (req) => queueDay(h, requireContext(req), req.params.id, req.query.date, now()),
    );
    app.get(
      '/api/v1/queue/points/:id/rules',
      {
        config: atPoint('queue.read'),
        schema: {
          tags,
          summary: 'Walk-in cap, priority ratio and no-show grace of a point',
          params: IdParam,
          response: { 200: QueueRulesReply },
        },
      },
      async (req) => ({
        servicePointId: req.params.id,
        rules: await getQueueRules(h, requireContext(req), req.params.id),
      }),
    );
    app.put(
      '/api/v1/queue/points/:id/rules',
      {
        config: atPoint('service_point.manage'),
        schema: {
          tags,
          summary: "Set a point's queue rules",
          params: IdParam,
          body: QueueRules,
          response: { 200: QueueRulesReply },
        },
      },
      async (req) => ({
        servicePointId: req.params.id,
        rules: await putQueueRules(h, requireContext(req), req.params.id, req.body),
      }),
    );
    app.post(
      '/api/v1/queue/points/:id/tickets',
      {
        config: atPoint('queue.issue'),
        schema: {
          tags,
          summary: 'Issue a walk-in ticket (normal or priority lane) within the daily cap',
          params: IdParam,
          body: IssueTicketBody,
          response: { 201: QueueTicketReply },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send({ ticket: await issueWalkIn(h, requireContext(req), req.params.id, req.body, now()) }),
    );
    app.post(
      '/api/v1/queue/points/:id/check-in',
      {
        config: atPoint('queue.issue'),
        schema: {
          tags,
          summary: 'Check a booking in by its code or QR (SIGAP:<code>, a link, the code)',
          params: IdParam,
          body: CheckInBody,
          response: { 201: QueueTicketReply },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send({ ticket: await checkIn(h, requireContext(req), req.params.id, req.body, now()) }),
    );
    app.post(
      '/api/v1/queue/points/:id/call-next',
      {
        // The counter screen sends an Idempotency-Key with every call: claimed in the call's transaction.
        config: { ...atPoint('queue.serve'), idempotency: 'in-write' },
        schema: {
          tags,
          summary: 'Call the next ticket to a counter (null when nothing waits)',
          params: IdParam,
          body: CallNextBody,
          response: { 200: CallNextReply },
        },
      },
      async (req, reply) => {
        const answer = await callNext(
          h,
          requireContext(req),
          req.params.id,
          req.body,
          now(),
          writeClaimOf(req),
        );
        return sendWritten(req, reply, 200, answer);
      },
    );
    app.post(
      '/api/v1/queue/tickets/:id/call',
      {
        config: serve,
        schema: {
          tags,
          summary: 'Call this waiting ticket to a counter',
          params: IdParam,
          body: CallTicketBody,
          response: { 200: QueueTicketReply },
        },
      },
      async (req) => ({
        ticket: await callTicket(h, requireContext(req), req.params.id, req.body.counterNo, now()),
      }),
    );
    for (const action of ['recall', 'start', 'no-show', 'requeue'] as const) {
      app.post(
        `/api/v1/queue/tickets/:id/${action}`,
        {
          config: serve,
          schema: {
            tags,
            summary: `Ticket: ${action}`,
            params: IdParam,
            body: Empty,
            response: { 200: QueueTicketReply },
          },
        },
        async (req) => ({ ticket: await ticketAction(h, requireContext(req), req.params.id, action, now()) }),
      );
    }
    app.post(
      '/api/v1/queue/tickets/:id/transfer',
      {
        config: serve,
        schema: {
          tags,
          summary: 'Transfer a ticket to another counter and/or service',
          params: IdParam,
          body: TransferBody,
          response: { 200: QueueTicketReply },
        },
      },
      async (req) => ({
        ticket: await transferTicket(h, requireContext(req), req.params.id, req.body, now()),
      }),
    );
    app.post(
      '/api/v1/queue/tickets/:id/finish',
      {
        config: serve,
        schema: {
          tags,
          summary: 'Finish a ticket with its outcome (recorded → BIO_CAPTURED …); answers the SKM link',
          params: IdParam,
          body: FinishBody,
          response: { 200: FinishReply },
        },
      },
      async (req) => finishTicket(h, requireContext(req), req.params.id, req.body, now()),
    );
  };
}
