import { AuditActions, AuditCheckpointReply, AuditPage, AuditQuery } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { auditActions, auditCheckpoint, browseAudit } from './audit-browse.service';

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
          response: { 200: AuditPage },
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
          response: { 200: AuditActions },
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
          response: { 200: AuditCheckpointReply },
        },
      },
      async (req) => auditCheckpoint(deps.handle, requireContext(req), deps.config.auditKey),
    );
  };
}
