import {
  IdParam,
  ResidentPage,
  ResidentReply,
  ResidentSearchQuery,
  ResidentUpdateBody,
  ResidentUpdateReply,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { searchInScope } from './resident-search.service';
import { openResident, updateResidentByHand } from './residents.service';

export function residentsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/residents',
      {
        config: { policy: { action: 'resident.read', region: 'query:region' } },
        schema: {
          tags: ['residents'],
          summary:
            'Search residents in your scope by exact NIK or by name, with filters (NIK masked, birth year only; audited, read budget: 429)',
          querystring: ResidentSearchQuery,
          response: { 200: ResidentPage },
        },
      },
      async (req) => searchInScope(deps.handle, requireContext(req), req.query, deps.config.readBudget),
    );

    app.get(
      '/api/v1/residents/:id',
      {
        config: { policy: { action: 'resident.read_detail', region: 'row:resident' } },
        schema: {
          tags: ['residents'],
          summary: 'One resident in full with the status timeline (audited)',
          params: IdParam,
          response: { 200: ResidentReply },
        },
      },
      async (req) => ({
        resident: await openResident(deps.handle, requireContext(req), req.params.id, deps.config.readBudget),
      }),
    );

    app.patch(
      '/api/v1/residents/:id',
      {
        config: { policy: { action: 'resident.write', region: 'row:resident' } },
        schema: {
          tags: ['residents'],
          summary: 'Change statuses by hand, through the one write path (history, audit, counters)',
          params: IdParam,
          body: ResidentUpdateBody,
          response: { 200: ResidentUpdateReply },
        },
      },
      async (req) => updateResidentByHand(deps.handle, requireContext(req), req.params.id, req.body),
    );
  };
}
