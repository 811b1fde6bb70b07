import {
  SuketKeysReply,
  SuketStatusListQuery,
  SuketStatusListReply,
  VerifySuketQuery,
  VerifySuketReply,
} from '@sigap/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { publishedKeys } from './suket-keys';
import { suketPdfByKey } from './suket-pdf.service';
import { suketStatusList, verifySuket } from './suket-verify.service';

const tags = ['sukets'];
const policy = { access: 'public' } as const;

/** The origin links are built from (the host the request came to, behind the trusted proxy). */
export function originOf(req: FastifyRequest): string {
  return `${req.protocol}://${req.host}`;
}

/**
 * Without login: verification (every answer logged), the published keys, a region's status list for
 * offline verifiers, and the resident's PDF by its random link key. Probing is rate-limited per IP.
 */
export function suketsPublicRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const h = deps.handle;
  return async (app) => {
    const limited = app.rateLimit({ max: Math.max(30, deps.config.publicRateLimit), timeWindow: 60_000 });
    const opts = { config: { policy }, onRequest: [limited] };
    app.get(
      '/api/v1/sukets/verify',
      {
        ...opts,
        schema: {
          tags,
          summary: 'Verify a suket by its QR token or number (no login)',
          security: [],
          querystring: VerifySuketQuery,
          response: { 200: VerifySuketReply },
        },
      },
      async (req) => verifySuket(h, req.query, req.ip),
    );
    app.get(
      '/api/v1/sukets/keys',
      {
        ...opts,
        schema: {
          tags,
          summary: 'Public keys that sign sukets, retired ones included',
          security: [],
          response: { 200: SuketKeysReply },
        },
      },
      async (_req, reply) => {
        reply.header('Cache-Control', 'public, max-age=300');
        return { keys: await publishedKeys(h.db) };
      },
    );
    app.get(
      '/api/v1/sukets/status-list',
      {
        ...opts,
        schema: {
          tags,
          summary: "A region's revoked and superseded suket numbers, with its as-of time",
          security: [],
          querystring: SuketStatusListQuery,
          response: { 200: SuketStatusListReply },
        },
      },
      async (req) => suketStatusList(h, req.query.region),
    );
    app.get(
      '/api/v1/sukets/pdf/:key',
      {
        ...opts,
        schema: {
          tags,
          summary: "The resident's suket PDF by its link key",
          security: [],
          params: z.object({ key: z.string().regex(/^[0-9a-f]{32}$/) }),
        },
      },
      async (req, reply) => {
        const f = await suketPdfByKey(h, req.params.key, originOf(req));
        return reply
          .header('Content-Type', 'application/pdf')
          .header('Content-Disposition', `inline; filename="suket.pdf"`)
          .header('Cache-Control', 'private, no-store')
          .send(f.body);
      },
    );
  };
}
