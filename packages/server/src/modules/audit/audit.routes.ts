import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { AuditEntry, AuditQuery } from './audit.schema';
import { auditActions, auditCheckpoint, browseAudit } from './audit-browse.service';
import { ExportedCheckpoint } from './audit-checkpoint';

export function auditRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/audit',
      {
        config: { policy: { action: 'audit.read', region: 'query:region' } },
        schema: {
          tags: ['audit'],
          summary: 'Browse the audit log inside your scope by region, user, action and date',
          querystring: AuditQuery,
          response: {
            200: z.object({
              items: z.array(AuditEntry),
              total: z.number(),
              page: z.number(),
              pageSize: z.number(),
            }),
          },
        },
      },
      async (req) => browseAudit(deps.handle, requireContext(req), req.query),
    );

    app.get(
      '/api/v1/audit/actions',
      {
        config: { policy: { action: 'audit.read', region: 'own' } },
        schema: {
          tags: ['audit'],
          summary: 'Action names present in your scope',
          response: { 200: z.object({ items: z.array(z.string()) }) },
        },
      },
      async (req) => ({ items: await auditActions(deps.handle, requireContext(req)) }),
    );

    app.get(
      '/api/v1/audit/checkpoint',
      {
        // The chain is one for the whole installation; its checkpoint holds hashes, no personal data.
        config: { policy: { action: 'audit.read', region: 'own' } },
        schema: {
          tags: ['audit'],
          summary: 'The latest signed checkpoint of the audit chain, with the public key that checks it',
          response: { 200: z.object({ checkpoint: ExportedCheckpoint.nullable() }) },
        },
      },
      async (req) => auditCheckpoint(deps.handle, requireContext(req), deps.config.auditKey),
    );
  };
}
