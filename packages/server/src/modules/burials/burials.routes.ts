import {
  BurialBody,
  BurialEditBody,
  BurialPage,
  BurialReply,
  CemeteryBody,
  CemeteryList,
  CemeteryQuery,
  IdParam,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { editBurial, enterBurial, listCemeteryBurials } from './burials.service';
import { createCemetery, listCemeteries, myCemeteries } from './cemeteries.service';

/** Cemeteries and the manager's phone entry (`/makam`): enter, correct within the window, list. */
export function burialsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const h = deps.handle;
    const now = () => deps.now?.() ?? new Date();
    const tags = ['burials'];
    app.get(
      '/api/v1/burials/cemeteries',
      {
        config: { policy: { action: 'burial.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'The cemeteries of a region',
          querystring: CemeteryQuery,
          response: { 200: CemeteryList },
        },
      },
      async (req) => listCemeteries(h, requireContext(req), req.query.region),
    );
    app.get(
      '/api/v1/burials/cemeteries/mine',
      {
        config: { policy: { action: 'burial.enter', region: 'own' } },
        schema: { tags, summary: 'Where the caller may enter burials', response: { 200: CemeteryList } },
      },
      async (req) => myCemeteries(h, requireContext(req)),
    );
    app.post(
      '/api/v1/burials/cemeteries',
      {
        config: { policy: { action: 'cemetery.manage', region: 'body:regionCode' } },
        schema: {
          tags,
          summary: 'Add a cemetery of a region',
          body: CemeteryBody,
          response: { 201: z.object({ cemetery: CemeteryList.shape.items.element }) },
        },
      },
      async (req, reply) => reply.status(201).send(await createCemetery(h, requireContext(req), req.body)),
    );
    app.get(
      '/api/v1/burials/cemeteries/:id/entries',
      {
        config: { policy: { action: 'burial.enter', region: 'row:cemetery' } },
        schema: {
          tags,
          summary: 'A cemetery’s latest burial entries',
          params: IdParam,
          response: { 200: BurialPage },
        },
      },
      async (req) => listCemeteryBurials(h, requireContext(req), req.params.id, now()),
    );
    app.post(
      '/api/v1/burials/cemeteries/:id/entries',
      {
        config: { policy: { action: 'burial.enter', region: 'row:cemetery' } },
        schema: {
          tags,
          summary: 'Enter a burial (a repeat of the same clientId returns the stored entry, 200)',
          params: IdParam,
          body: BurialBody,
          response: { 200: BurialReply, 201: BurialReply },
        },
      },
      async (req, reply) => {
        const out = await enterBurial(h, requireContext(req), req.params.id, req.body, now());
        return reply.status(out.created ? 201 : 200).send(out);
      },
    );
    app.put(
      '/api/v1/burials/:id',
      {
        config: { policy: { action: 'burial.enter', region: 'row:burial' } },
        schema: {
          tags,
          summary: 'Correct an entry: its author only, within 24 hours, before the office acts',
          params: IdParam,
          body: BurialEditBody,
          response: { 200: BurialReply },
        },
      },
      async (req) => editBurial(h, requireContext(req), req.params.id, req.body, now()),
    );
  };
}
