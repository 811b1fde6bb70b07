import { LetterheadQuery, LetterheadResponse } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { getLetterhead, putLetterhead } from './letterhead.service';
import { PutPrintableLetterheadBody } from './letterhead-rules';

/** The kop surat printed on PDF reports; registered inside `settingsRoutes`. */
export function letterheadRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/settings/letterhead',
      {
        config: { policy: { action: 'coverage.read', region: 'query:scope', orAncestor: true } },
        schema: {
          tags: ['settings'],
          summary: 'The letterhead (kop surat) of a province or regency/city office, or its default',
          querystring: LetterheadQuery,
          response: { 200: LetterheadResponse },
        },
      },
      async (req) => getLetterhead(deps.handle, requireContext(req), req.query.scope),
    );
    app.put(
      '/api/v1/settings/letterhead',
      {
        config: { policy: { action: 'letterhead.manage', region: 'body:scope' } },
        schema: {
          tags: ['settings'],
          summary:
            'Change the letterhead of a province or regency/city office (letterhead.manage; logo PNG/JPEG ≤ 200 KB)',
          body: PutPrintableLetterheadBody,
          response: { 200: LetterheadResponse },
        },
      },
      async (req) => putLetterhead(deps.handle, requireContext(req), req.body),
    );
  };
}
