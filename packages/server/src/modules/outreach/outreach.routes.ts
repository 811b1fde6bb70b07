import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { addSiteRoutes } from './outreach-sites.routes';
import { addVisitRoutes } from './outreach-visits.routes';

/** Planning: sites, target lists, rosters, suggestions, the visit calendar, invitations. */
export function outreachRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    addSiteRoutes(app, deps.handle);
    addVisitRoutes(app, deps.handle);
  };
}
