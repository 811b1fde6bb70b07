import {
  IdParam,
  IssueSuketBody,
  RevokeSuketBody,
  SuketEligibilityReply,
  SuketList,
  SuketListQuery,
  SuketPolicyBody,
  SuketPolicyReply,
  SuketReply,
  SuketSentByHand,
  UndeliveredQuery,
  UndeliveredSuketList,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { authorize } from '../access';
import { rotateSigningKey } from './suket-keys';
import { suketPdfForOffice } from './suket-pdf.service';
import { readPolicy, setPolicy } from './suket-policy.service';
import { sendSuketByHand } from './suket-send-by-hand.service';
import {
  getSuket,
  issueSuket,
  listSukets,
  listUndelivered,
  revokeSuket,
  suketEligibility,
} from './sukets.service';
import { originOf } from './sukets-public.routes';

const tags = ['sukets'];
const ElectionQuery = z.object({ electionId: z.coerce.number().int().positive() });
const IssueBody = IssueSuketBody.omit({ residentId: true });

/** The office's suket routes: issue (with the refusal reasons), list, open, PDF, revoke, policy, key. */
export function suketsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const h = deps.handle;
  return async (app) => {
    const read = { action: 'suket.read', region: 'row:suket' } as const;
    app.get(
      '/api/v1/sukets',
      {
        config: { policy: { action: 'suket.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Sukets of a region in your scope',
          querystring: SuketListQuery,
          response: { 200: SuketList },
        },
      },
      async (req) => listSukets(h, requireContext(req), req.query),
    );
    app.get(
      '/api/v1/sukets/undelivered',
      {
        config: { policy: { action: 'suket.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Active sukets whose WhatsApp message failed or had no phone (field follow-up)',
          querystring: UndeliveredQuery,
          response: { 200: UndeliveredSuketList },
        },
      },
      async (req) => listUndelivered(h, requireContext(req), req.query.region),
    );
    app.get(
      '/api/v1/sukets/residents/:id/eligibility',
      {
        config: { policy: { action: 'suket.issue', region: 'row:resident' } },
        schema: {
          tags,
          summary: 'Why a resident may not be given a suket for an election (empty: may be issued)',
          params: IdParam,
          querystring: ElectionQuery,
          response: { 200: SuketEligibilityReply },
        },
      },
      async (req) =>
        suketEligibility(h, requireContext(req), {
          residentId: req.params.id,
          electionId: req.query.electionId,
        }),
    );
    app.post(
      '/api/v1/sukets/residents/:id',
      {
        config: { policy: { action: 'suket.issue', region: 'row:resident' } },
        schema: {
          tags,
          summary: 'Issue a suket to a resident',
          params: IdParam,
          body: IssueBody,
          response: { 201: SuketReply },
        },
      },
      async (req, reply) => {
        const body = { ...req.body, residentId: req.params.id };
        const suket = await issueSuket(h, requireContext(req), body, originOf(req));
        return reply.code(201).send({ suket });
      },
    );
    app.get(
      '/api/v1/sukets/:id',
      {
        config: { policy: read },
        schema: { tags, summary: 'One suket', params: IdParam, response: { 200: SuketReply } },
      },
      async (req) => ({ suket: await getSuket(h, requireContext(req), req.params.id) }),
    );
    app.get(
      '/api/v1/sukets/:id/pdf',
      {
        config: { policy: read },
        schema: { tags, summary: 'The suket as a PDF (office copy)', params: IdParam },
      },
      async (req, reply) => {
        const f = await suketPdfForOffice(h, requireContext(req), req.params.id, originOf(req));
        return reply
          .header('Content-Type', 'application/pdf')
          .header('Content-Disposition', `inline; filename="suket-${f.number.replace(/[^\w-]+/g, '-')}.pdf"`)
          .header('Cache-Control', 'private, no-store')
          .send(f.body);
      },
    );
    app.post(
      '/api/v1/sukets/:id/revoke',
      {
        config: { policy: { action: 'suket.revoke', region: 'row:suket' } },
        schema: {
          tags,
          summary: 'Revoke a suket with a reason',
          params: IdParam,
          body: RevokeSuketBody,
          response: { 200: SuketReply },
        },
      },
      async (req) => ({ suket: await revokeSuket(h, requireContext(req), req.params.id, req.body.reason) }),
    );
    app.post(
      '/api/v1/sukets/:id/send-by-hand',
      {
        config: { policy: { action: 'message.send_by_hand', region: 'row:suket' } },
        schema: {
          tags,
          summary: "Send by hand: the wa.me link of the suket's WhatsApp message (opening recorded)",
          params: IdParam,
          response: { 200: SuketSentByHand },
        },
      },
      async (req) => sendSuketByHand(h, requireContext(req), req.params.id, originOf(req)),
    );
    app.get(
      '/api/v1/sukets/elections/:id/policy',
      {
        config: { policy: { action: 'suket.read', region: 'row:election' } },
        schema: {
          tags,
          summary: "An election's suket policy",
          params: IdParam,
          response: { 200: SuketPolicyReply },
        },
      },
      async (req) => readPolicy(h, requireContext(req), req.params.id),
    );
    app.put(
      '/api/v1/sukets/elections/:id/policy',
      {
        config: { policy: { action: 'suket.manage', region: 'row:election' } },
        schema: {
          tags,
          summary: "Set an election's suket window, validity end and print rule",
          params: IdParam,
          body: SuketPolicyBody,
          response: { 200: SuketPolicyReply },
        },
      },
      async (req) => setPolicy(h, requireContext(req), req.params.id, req.body),
    );
    app.post(
      '/api/v1/sukets/keys/rotate',
      {
        config: { policy: { action: 'suket.manage', region: 'national' } },
        schema: {
          tags,
          summary: 'Rotate the signing key (old keys stay published)',
          response: { 200: z.object({ kid: z.string() }) },
        },
      },
      async (req) => {
        authorize(requireContext(req).user, 'suket.manage', 'ID');
        return { kid: await rotateSigningKey(h) };
      },
    );
  };
}
