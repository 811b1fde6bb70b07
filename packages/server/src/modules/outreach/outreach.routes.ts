import {
  CancelVisitBody,
  CreateOutreachSiteBody,
  IdParam,
  InviteBody,
  InviteReply,
  OutreachSiteList,
  OutreachSiteQuery,
  OutreachSiteReply,
  OutreachSuggestionList,
  OutreachTargetList,
  OutreachVisitList,
  OutreachVisitQuery,
  OutreachVisitReply,
  PlanVisitBody,
  RosterImportBody,
  RosterImportReply,
  UpdateOutreachSiteBody,
  VisitResources,
  VisitResourcesQuery,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { sendFile } from '../exports';
import { createSite, importRoster, listSites, siteTargetList, updateSite } from './outreach-sites.service';
import { suggestions } from './outreach-suggestions.service';
import {
  cancelVisit,
  invitationLetters,
  invite,
  listVisits,
  planVisit,
  presentVisit,
  visitInScope,
  visitResources,
} from './outreach-visits.service';

const tags = ['outreach'];
/** A roster of a few thousand students as base64 JSON (see RosterImportBody). */
const ROSTER_BODY_LIMIT = 12 * 1024 * 1024;

/** Planning: sites, target lists, rosters, suggestions, the visit calendar, invitations. */
export function outreachRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const h = deps.handle;
  return async (app) => {
    const site = (action: 'outreach.read' | 'outreach.plan' | 'outreach.targets') =>
      ({ action, region: 'row:outreach_site' }) as const;
    const visit = (action: 'outreach.read' | 'outreach.plan' | 'outreach.targets') =>
      ({ action, region: 'row:outreach_visit' }) as const;
    app.get(
      '/api/v1/outreach/sites',
      {
        config: { policy: { action: 'outreach.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Outreach sites of a region',
          querystring: OutreachSiteQuery,
          response: { 200: OutreachSiteList },
        },
      },
      async (req) => listSites(h, requireContext(req), req.query.region),
    );
    app.post(
      '/api/v1/outreach/sites',
      {
        config: { policy: { action: 'outreach.plan', region: 'body:villageCode' } },
        schema: {
          tags,
          summary: 'Add a site',
          body: CreateOutreachSiteBody,
          response: { 201: OutreachSiteReply },
        },
      },
      async (req, reply) =>
        reply.code(201).send({ site: await createSite(h, requireContext(req), req.body) }),
    );
    app.patch(
      '/api/v1/outreach/sites/:id',
      {
        config: { policy: site('outreach.plan') },
        schema: {
          tags,
          summary: 'Change a site',
          params: IdParam,
          body: UpdateOutreachSiteBody,
          response: { 200: OutreachSiteReply },
        },
      },
      async (req) => ({ site: await updateSite(h, requireContext(req), req.params.id, req.body) }),
    );
    app.get(
      '/api/v1/outreach/sites/:id/targets',
      {
        config: { policy: site('outreach.targets') },
        schema: {
          tags,
          summary: 'Who a visit of the site would reach (audited)',
          params: IdParam,
          response: { 200: OutreachTargetList },
        },
      },
      async (req) => siteTargetList(h, requireContext(req), req.params.id),
    );
    app.post(
      '/api/v1/outreach/sites/:id/roster',
      {
        bodyLimit: ROSTER_BODY_LIMIT,
        config: { policy: site('outreach.plan') },
        schema: {
          tags,
          summary: "Import a school's or prison's roster (CSV/XLSX, base64) and match it to the registry",
          params: IdParam,
          body: RosterImportBody,
          response: { 200: RosterImportReply },
        },
      },
      async (req) => importRoster(h, requireContext(req), req.params.id, req.body),
    );
    app.get(
      '/api/v1/outreach/sites/:id/resources',
      {
        config: { policy: site('outreach.plan') },
        schema: {
          tags,
          summary: 'Officers and equipment a visit of the site could take on a day (busy ones marked)',
          params: IdParam,
          querystring: VisitResourcesQuery,
          response: { 200: VisitResources },
        },
      },
      async (req) => visitResources(h, requireContext(req), req.params.id, req.query.date),
    );
    app.post(
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
    app.get(
      '/api/v1/outreach/suggestions',
      {
        config: { policy: { action: 'outreach.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Sites ranked by the people a visit would reach',
          querystring: OutreachSiteQuery,
          response: { 200: OutreachSuggestionList },
        },
      },
      async (req) => suggestions(h, requireContext(req), req.query.region),
    );
    app.get(
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
    app.get(
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
    app.post(
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
    app.post(
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
    app.get(
      '/api/v1/outreach/visits/:id/letters.pdf',
      {
        config: { policy: visit('outreach.targets') },
        schema: { tags, summary: 'Printable invitation letters (PDF)', params: IdParam },
      },
      async (req, reply) => sendFile(reply, await invitationLetters(h, requireContext(req), req.params.id)),
    );
  };
}
