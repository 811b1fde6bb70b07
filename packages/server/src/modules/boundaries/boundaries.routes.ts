import { BoundaryParams, BoundaryTopology } from '@sigap/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { type BoundaryAnswer, boundariesFor, createBoundaryCache } from './boundaries.service';

/**
 * A day in the browser, then a revalidation that costs a 304: boundaries change only with a release (or a
 * region-table update, which changes the tag). `private`: the route needs a session, so no shared proxy
 * may hand the answer to someone without one.
 */
export const BOUNDARY_CACHE_CONTROL = 'private, max-age=86400';

function clientHolds(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === etag || tag === '*';
  });
}

/** The JSON is sent as serialized once (the tag is over these bytes), or 304 when the browser holds it. */
function send(req: FastifyRequest, reply: FastifyReply, answer: BoundaryAnswer): FastifyReply {
  reply.header('Cache-Control', BOUNDARY_CACHE_CONTROL).header('ETag', answer.etag);
  if (clientHolds(req.headers['if-none-match'], answer.etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(answer.json);
}

export function boundariesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const cache = createBoundaryCache();
  return async (app) => {
    app.get(
      '/api/v1/boundaries/:code',
      {
        config: { policy: { action: 'region.read', region: 'param:code', orAncestor: true } },
        schema: {
          tags: ['regions'],
          summary:
            'Boundaries of the child areas of a region as TopoJSON (ID → provinces, a province → its regencies, a regency → its districts), for the coverage map',
          params: BoundaryParams,
          response: { 200: BoundaryTopology },
        },
      },
      async (req, reply) =>
        send(
          req,
          reply,
          await boundariesFor(deps.handle.db, cache, requireContext(req).user, req.params.code),
        ),
    );
  };
}
