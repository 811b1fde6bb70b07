import {
  BurialDetail,
  BurialFigures,
  BurialFiguresQuery,
  BurialMatchBody,
  BurialPage,
  BurialQuery,
  BurialReasonBody,
  IdParam,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { burialFigures } from './burial-figures.service';
import {
  annulCertificate,
  certifyBurial,
  dismissBurial,
  listWorklist,
  matchBurial,
  openBurial,
} from './burial-worklist.service';

/** The regency office's worklist of burials: match, dismiss, certify, annul; and the figures. */
export function burialWorklistRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const h = deps.handle;
    const now = () => deps.now?.() ?? new Date();
    const tags = ['burials'];
    const row = { action: 'burial.process', region: 'row:burial' } as const;
    app.get(
      '/api/v1/burials',
      {
        config: { policy: { action: 'burial.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Burial entries of a region (the death leads)',
          querystring: BurialQuery,
          response: { 200: BurialPage },
        },
      },
      async (req) => listWorklist(h, requireContext(req), req.query),
    );
    app.get(
      '/api/v1/burials/figures',
      {
        config: { policy: { action: 'burial.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Entered, matched, certified, pending by age; per cemetery and village',
          querystring: BurialFiguresQuery,
          response: { 200: BurialFigures },
        },
      },
      async (req) => burialFigures(h, requireContext(req), req.query.region, now()),
    );
    app.get(
      '/api/v1/burials/:id',
      {
        config: { policy: { action: 'burial.read', region: 'row:burial' } },
        schema: {
          tags,
          summary: 'One entry with its resident candidates and duplicates',
          params: IdParam,
          response: { 200: BurialDetail },
        },
      },
      async (req) => openBurial(h, requireContext(req), req.params.id),
    );
    app.post(
      '/api/v1/burials/:id/match',
      {
        config: { policy: row },
        schema: {
          tags,
          summary: 'Name the resident the entry is about',
          params: IdParam,
          body: BurialMatchBody,
          response: { 200: BurialDetail },
        },
      },
      async (req) => matchBurial(h, requireContext(req), req.params.id, req.body.residentId),
    );
    app.post(
      '/api/v1/burials/:id/dismiss',
      {
        config: { policy: row },
        schema: {
          tags,
          summary: 'Close a lead without a certificate, saying why',
          params: IdParam,
          body: BurialReasonBody,
          response: { 200: BurialDetail },
        },
      },
      async (req) => dismissBurial(h, requireContext(req), req.params.id, req.body.reason),
    );
    app.post(
      '/api/v1/burials/:id/certify',
      {
        config: { policy: row },
        schema: {
          tags,
          summary: 'Issue the death certificate: the resident becomes deceased (one transaction)',
          params: IdParam,
          response: { 200: BurialDetail },
        },
      },
      async (req) => certifyBurial(h, requireContext(req), req.params.id, now()),
    );
    app.post(
      '/api/v1/burials/:id/annul',
      {
        config: { policy: row },
        schema: {
          tags,
          summary: 'A second officer annuls the certificate with a reason; the resident is restored',
          params: IdParam,
          body: BurialReasonBody,
          response: { 200: BurialDetail },
        },
      },
      async (req) => annulCertificate(h, requireContext(req), req.params.id, req.body.reason, now()),
    );
  };
}
