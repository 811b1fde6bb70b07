import { RegionCodeParam, RegionDetail, RegionList, RegionListQuery } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { getRegionWithAncestors, listChildren, searchInScope } from './regions.service';

export function regionsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/regions/:code',
      {
        config: { policy: { action: 'region.read', region: 'param:code', orAncestor: true } },
        schema: {
          tags: ['regions'],
          summary: 'A region with its ancestors (root first)',
          params: RegionCodeParam,
          response: { 200: RegionDetail },
        },
      },
      async (req) => getRegionWithAncestors(deps.handle.db, requireContext(req).user, req.params.code),
    );

    app.get(
      '/api/v1/regions',
      {
        config: { policy: { action: 'region.read', region: 'query:parent' } },
        schema: {
          tags: ['regions'],
          summary: 'Children of a region (?parent=) sorted by code, or a name search (?q=) inside your scope',
          querystring: RegionListQuery,
          response: { 200: RegionList },
        },
      },
      async (req) => {
        const { user } = requireContext(req);
        const { parent, q } = req.query;
        const items =
          q !== undefined
            ? await searchInScope(deps.handle.db, user, q)
            : await listChildren(deps.handle.db, user, parent ?? '');
        return { items };
      },
    );
  };
}
