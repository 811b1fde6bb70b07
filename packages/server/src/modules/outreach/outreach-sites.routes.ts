import {
  CreateOutreachSiteBody,
  IdParam,
  OutreachSiteList,
  OutreachSiteQuery,
  OutreachSiteReply,
  OutreachSuggestionList,
  OutreachTargetList,
  RosterImportBody,
  RosterImportReply,
  UpdateOutreachSiteBody,
  VisitResources,
  VisitResourcesQuery,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/connect';
import { requireContext } from '../../http/auth-hooks';
import { createSite, importRoster, listSites, siteTargetList, updateSite } from './outreach-sites.service';
import { suggestions } from './outreach-suggestions.service';
import { visitResources } from './outreach-visits.service';

const tags = ['outreach'];
/** A roster of a few thousand students as base64 JSON (see RosterImportBody). */
const ROSTER_BODY_LIMIT = 12 * 1024 * 1024;
const site = (action: 'outreach.read' | 'outreach.plan' | 'outreach.targets') =>
  ({ action, region: 'row:outreach_site' }) as const;

/** Sites: the list, adding and changing one, its targets and roster, what a visit could take, suggestions. */
export function addSiteRoutes(app: FastifyInstance, h: Db): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get(
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
  routes.post(
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
    async (req, reply) => reply.code(201).send({ site: await createSite(h, requireContext(req), req.body) }),
  );
  routes.patch(
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
  routes.get(
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
  routes.post(
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
  routes.get(
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
  routes.get(
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
}
