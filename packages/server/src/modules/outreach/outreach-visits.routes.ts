import {
  CancelVisitBody,
  IdParam,
  InviteBody,
  InviteReply,
  OutreachVisitList,
  OutreachVisitQuery,
  OutreachVisitReply,
  PlanVisitBody,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/connect';
import { requireContext } from '../../http/auth-hooks';
import { sendFile } from '../exports';
import {
  cancelVisit,
  invitationLetters,
  invite,
  listVisits,
  planVisit,
  presentVisit,
  visitInScope,
} from './outreach-visits.service';

const tags = ['outreach'];
const site = (action: 'outreach.plan') => ({ action, region: 'row:outreach_site' }) as const;
const visit = (action: 'outreach.read' | 'outreach.plan' | 'outreach.targets') =>
  ({ action, region: 'row:outreach_visit' }) as const;

/** Visits: planning one at a site, the calendar, one visit, cancelling, invitations and their letters. */
export function addVisitRoutes(app: FastifyInstance, h: Db): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.post(
    '/api/v1/outreach/sites/:id/visits',
    {
      config: { policy: site('outreach.plan') },
      schema: {
        tags,
        summary: 'Plan a visit of the site',
        params: IdParam,
        body: PlanVisitBody,
        response: { 201: OutreachVisitReply },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ visit: await planVisit(h, requireContext(req), req.params.id, req.body) }),
  );
  routes.get(
    '/api/v1/outreach/visits',
    {
      config: { policy: { action: 'outreach.read', region: 'query:region' } },
      schema: {
        tags,
        summary: 'The visit calendar of a region',
        querystring: OutreachVisitQuery,
        response: { 200: OutreachVisitList },
      },
    },
    async (req) => listVisits(h, requireContext(req), req.query),
  );
  routes.get(
    '/api/v1/outreach/visits/:id',
    {
      config: { policy: visit('outreach.read') },
      schema: { tags, summary: 'One visit', params: IdParam, response: { 200: OutreachVisitReply } },
    },
    async (req) => {
      const v = await visitInScope(h, requireContext(req), req.params.id, 'outreach.read');
      return { visit: await presentVisit(h, v.visit, v.site) };
    },
  );
  routes.post(
    '/api/v1/outreach/visits/:id/cancel',
    {
      config: { policy: visit('outreach.plan') },
      schema: {
        tags,
        summary: 'Cancel a visit (frees its team and equipment)',
        params: IdParam,
        body: CancelVisitBody,
        response: { 200: OutreachVisitReply },
      },
    },
    async (req) => ({ visit: await cancelVisit(h, requireContext(req), req.params.id, req.body.reason) }),
  );
  routes.post(
    '/api/v1/outreach/visits/:id/invitations',
    {
      config: { policy: visit('outreach.plan') },
      schema: {
        tags,
        summary: 'WhatsApp invitations to the targets (through the outbox)',
        params: IdParam,
        body: InviteBody,
        response: { 200: InviteReply },
      },
    },
    async (req) => invite(h, requireContext(req), req.params.id),
  );
  routes.get(
    '/api/v1/outreach/visits/:id/letters.pdf',
    {
      config: { policy: visit('outreach.targets') },
      schema: { tags, summary: 'Printable invitation letters (PDF)', params: IdParam },
    },
    async (req, reply) => sendFile(reply, await invitationLetters(h, requireContext(req), req.params.id)),
  );
}
