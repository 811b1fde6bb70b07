import {
  CapacityQuery,
  CapacityReply,
  ClosureBody,
  CreateServicePointBody,
  IdParam,
  ServicePointList,
  ServicePointListQuery,
  ServicePointReply,
  SessionBody,
  SessionSuggestionQuery,
  SessionSuggestionReply,
  UpdateServicePointBody,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { getServicePoint, listServicePoints, servicePointCapacity } from './service-points.service';
import {
  addClosure,
  addSession,
  createServicePoint,
  updateServicePoint,
} from './service-points-write.service';
import { sessionSuggestion } from './session-suggestions.service';

const tags = ['service-points'];

export function servicePointsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const h = deps.handle;
    const read = { action: 'service_point.read', region: 'row:service_point' } as const;
    const manage = { action: 'service_point.manage', region: 'row:service_point' } as const;
    app.get(
      '/api/v1/service-points',
      {
        config: { policy: { action: 'service_point.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Service points in a region of your scope (default: your whole scope)',
          querystring: ServicePointListQuery,
          response: { 200: ServicePointList },
        },
      },
      async (req) => ({ items: await listServicePoints(h, requireContext(req), req.query.region) }),
    );
    app.get(
      '/api/v1/service-points/suggestions',
      {
        config: { policy: { action: 'service_point.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Extra session-hours that would close the gap by voting day at the measured service time',
          querystring: SessionSuggestionQuery,
          response: { 200: SessionSuggestionReply },
        },
      },
      async (req) => sessionSuggestion(h, requireContext(req), req.query),
    );
    app.get(
      '/api/v1/service-points/:id',
      {
        config: { policy: read },
        schema: {
          tags,
          summary: 'A service point with its closures and sessions from today on',
          params: IdParam,
          response: { 200: ServicePointReply },
        },
      },
      async (req) => ({ servicePoint: await getServicePoint(h, requireContext(req), req.params.id) }),
    );
    app.get(
      '/api/v1/service-points/:id/capacity',
      {
        config: { policy: read },
        schema: {
          tags,
          summary: 'Slots and capacity per service, day by day (at most 31 days)',
          params: IdParam,
          querystring: CapacityQuery,
          response: { 200: CapacityReply },
        },
      },
      async (req) => servicePointCapacity(h, requireContext(req), req.params.id, req.query),
    );
    app.post(
      '/api/v1/service-points',
      {
        config: { policy: { action: 'service_point.manage', region: 'body:regionCode' } },
        schema: {
          tags,
          summary: 'Add a service point (regency office, UPT, MPP, mobile unit)',
          body: CreateServicePointBody,
          response: { 201: ServicePointReply },
        },
      },
      async (req, reply) =>
        reply.status(201).send({ servicePoint: await createServicePoint(h, requireContext(req), req.body) }),
    );
    app.patch(
      '/api/v1/service-points/:id',
      {
        config: { policy: manage },
        schema: {
          tags,
          summary: 'Change a service point: name, address, counters, services, hours, active',
          params: IdParam,
          body: UpdateServicePointBody,
          response: { 200: ServicePointReply },
        },
      },
      async (req) => ({
        servicePoint: await updateServicePoint(h, requireContext(req), req.params.id, req.body),
      }),
    );
    app.post(
      '/api/v1/service-points/:id/closures',
      {
        config: { policy: manage },
        schema: {
          tags,
          summary: 'Close a service point for a day (national holiday or local closure)',
          params: IdParam,
          body: ClosureBody,
          response: { 201: ServicePointReply },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send({ servicePoint: await addClosure(h, requireContext(req), req.params.id, req.body) }),
    );
    app.post(
      '/api/v1/service-points/:id/sessions',
      {
        config: { policy: manage },
        schema: {
          tags,
          summary: 'Add an extra session (evening, weekend, holiday, election day)',
          params: IdParam,
          body: SessionBody,
          response: { 201: ServicePointReply },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send({ servicePoint: await addSession(h, requireContext(req), req.params.id, req.body) }),
    );
  };
}
