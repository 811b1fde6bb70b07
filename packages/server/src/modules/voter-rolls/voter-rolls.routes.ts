import {
  IdParam,
  StartVoterRollBody,
  UseVoterRollSetBody,
  UseVoterRollSetReply,
  VoterRollEvidenceQuery,
  VoterRollExportQuery,
  VoterRollList,
  VoterRollReply,
  VoterRollRowsPage,
  VoterRollRowsQuery,
  VoterRollSetParams,
  VoterRollSummary,
  VoterRollSummaryQuery,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { sendFile } from '../exports';
import { IMPORT_JOB } from '../imports';
import { useRollSet } from './voter-roll-set-use.service';
import { exportEvidence, exportRollSet, rollSetPage } from './voter-roll-sets.service';
import { getVoterRoll, listVoterRolls, rollSummary, startVoterRoll } from './voter-rolls.service';

const tags = ['voter-rolls'];

/** The voter-roll (DPT/DP4) cross-check: start, progress, summary, lists, downloads, use of a set. */
export function voterRollsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const h = deps.handle;
  const now = () => deps.now?.() ?? new Date();
  return async (app) => {
    const read = { action: 'voter_roll.read', region: 'row:voter_roll' } as const;
    app.post(
      '/api/v1/voter-rolls',
      {
        config: { policy: { action: 'voter_roll.import', region: 'body:region' } },
        schema: {
          tags,
          summary:
            'Cross-check an uploaded voter-roll extract (CSV/XLSX) for an election and region; runs as an import',
          body: StartVoterRollBody,
          response: { 202: VoterRollReply },
        },
      },
      async (req, reply) => {
        const wake = () => deps.jobs?.wake(IMPORT_JOB);
        const roll = await startVoterRoll(h, requireContext(req), deps.config.dataDir, req.body, wake, now());
        return reply.status(202).send({ roll });
      },
    );
    app.get(
      '/api/v1/voter-rolls',
      {
        config: { policy: { action: 'voter_roll.read', region: 'own' } },
        schema: {
          tags,
          summary: 'Voter rolls of regions inside your scope, newest first',
          response: { 200: VoterRollList },
        },
      },
      async (req) => listVoterRolls(h, requireContext(req)),
    );
    app.get(
      '/api/v1/voter-rolls/:id',
      {
        config: { policy: read },
        schema: {
          tags,
          summary: 'One roll with its import progress',
          params: IdParam,
          response: { 200: VoterRollReply },
        },
      },
      async (req) => ({ roll: await getVoterRoll(h, requireContext(req), req.params.id) }),
    );
    app.get(
      '/api/v1/voter-rolls/:id/summary',
      {
        config: { policy: read },
        schema: {
          tags,
          summary: 'Counts per class of a region of the roll and of each region one level down',
          params: IdParam,
          querystring: VoterRollSummaryQuery,
          response: { 200: VoterRollSummary },
        },
      },
      async (req) => rollSummary(h, requireContext(req), req.params.id, req.query.region),
    );
    app.get(
      '/api/v1/voter-rolls/:id/rows',
      {
        config: { policy: read },
        schema: {
          tags,
          summary: 'The rows of one class in a region of the roll, NIK masked (audited)',
          params: IdParam,
          querystring: VoterRollRowsQuery,
          response: { 200: VoterRollRowsPage },
        },
      },
      async (req) => rollSetPage(h, requireContext(req), req.params.id, req.query),
    );
    app.get(
      '/api/v1/voter-rolls/:id/rows.xlsx',
      {
        config: { policy: read },
        schema: {
          tags,
          summary: 'The same set as XLSX (audited)',
          params: IdParam,
          querystring: VoterRollExportQuery,
        },
      },
      async (req, reply) =>
        sendFile(reply, await exportRollSet(h, requireContext(req), req.params.id, req.query, now())),
    );
    app.get(
      '/api/v1/voter-rolls/:id/evidence',
      {
        config: { policy: read },
        schema: {
          tags,
          summary: 'Evidence for KPU: voters deceased with a death certificate number, XLSX or PDF (audited)',
          params: IdParam,
          querystring: VoterRollEvidenceQuery,
        },
      },
      async (req, reply) =>
        sendFile(reply, await exportEvidence(h, requireContext(req), req.params.id, req.query, now())),
    );
    app.post(
      '/api/v1/voter-rolls/:id/sets/:class/use',
      {
        config: { policy: { action: 'voter_roll.import', region: 'row:voter_roll' } },
        schema: {
          tags,
          summary:
            "Use a set: 'invitations' (a booking invitation batch) or 'outreach' (an outreach site's target list)",
          params: VoterRollSetParams,
          body: UseVoterRollSetBody,
          response: { 200: UseVoterRollSetReply },
        },
      },
      async (req) => useRollSet(h, requireContext(req), req.params.id, req.params.class, req.body, now()),
    );
  };
}
