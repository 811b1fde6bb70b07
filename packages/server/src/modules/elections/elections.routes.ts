import {
  CreateElectionBody,
  ElectionList,
  ElectionReply,
  IdParam,
  UpdateElectionBody,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { createElection, listElections } from './elections.service';
import { updateElection } from './elections-update.service';

export function electionsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/elections',
      {
        config: { policy: { action: 'election.read', region: 'own' } },
        schema: {
          tags: ['elections'],
          summary: 'Elections that concern your scope, newest first',
          response: { 200: ElectionList },
        },
      },
      async (req) => ({ items: await listElections(deps.handle, requireContext(req)) }),
    );
    app.post(
      '/api/v1/elections',
      {
        config: { policy: { action: 'election.manage', region: 'body:regionCodes' } },
        schema: {
          tags: ['elections'],
          summary: 'Add an election (admins, regions inside your scope)',
          body: CreateElectionBody,
          response: { 201: ElectionReply },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send({ election: await createElection(deps.handle, requireContext(req), req.body) }),
    );
    app.patch(
      '/api/v1/elections/:id',
      {
        config: { policy: { action: 'election.manage', region: 'row:election' } },
        schema: {
          tags: ['elections'],
          summary: "Set an election's target share of wajib KTP (admins, every region inside your scope)",
          params: IdParam,
          body: UpdateElectionBody,
          response: { 200: ElectionReply },
        },
      },
      async (req) => ({
        election: await updateElection(deps.handle, requireContext(req), req.params.id, req.body),
      }),
    );
  };
}
