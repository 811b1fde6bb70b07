import {
  DeviceList,
  DeviceParam,
  DeviceQuery,
  FieldActionBody,
  FieldActionReply,
  HeartbeatBody,
  HeartbeatReply,
  IdParam,
  OutreachSummary,
  OutreachSummaryQuery,
  UnconfirmedList,
  UnconfirmedQuery,
  VisitPack,
  VisitReport,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { recordAction, unconfirmed, visitPack } from './outreach-field.service';
import { devicesBehind, heartbeat, outreachSummary, visitReport } from './outreach-supervision.service';

const tags = ['outreach'];

/** The field app (pack, actions, heartbeat) and what supervisors read (reconciliation, devices, reports). */
export function outreachFieldRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const h = deps.handle;
  return async (app) => {
    app.get(
      '/api/v1/outreach/visits/:id/pack',
      {
        config: { policy: { action: 'outreach.targets', region: 'row:outreach_visit' } },
        schema: {
          tags,
          summary: 'The visit pack for the device (bounded; audited)',
          params: IdParam,
          response: { 200: VisitPack },
        },
      },
      async (req) => visitPack(h, requireContext(req), req.params.id),
    );
    app.post(
      '/api/v1/outreach/visits/:id/actions',
      {
        config: { policy: { action: 'outreach.field', region: 'row:outreach_visit' } },
        schema: {
          tags,
          summary: 'One field action (clientId: a repeat answers the first result and writes nothing)',
          params: IdParam,
          body: FieldActionBody,
          response: { 200: FieldActionReply, 201: FieldActionReply },
        },
      },
      async (req, reply) => {
        const r = await recordAction(h, requireContext(req), req.params.id, req.body);
        return reply.code(r.created ? 201 : 200).send(r.reply);
      },
    );
    app.get(
      '/api/v1/outreach/visits/:id/unconfirmed',
      {
        config: { policy: { action: 'outreach.targets', region: 'row:outreach_visit' } },
        schema: {
          tags,
          summary: 'Outreach recordings SIAK has not confirmed after N days',
          params: IdParam,
          querystring: UnconfirmedQuery,
          response: { 200: UnconfirmedList },
        },
      },
      async (req) => unconfirmed(h, requireContext(req), req.params.id, req.query.days),
    );
    app.get(
      '/api/v1/outreach/visits/:id/report',
      {
        config: { policy: { action: 'outreach.read', region: 'row:outreach_visit' } },
        schema: {
          tags,
          summary: 'Targets vs reached vs recorded, walk-ins, time on site',
          params: IdParam,
          response: { 200: VisitReport },
        },
      },
      async (req) => visitReport(h, requireContext(req), req.params.id),
    );
    app.post(
      '/api/v1/outreach/devices/:id/heartbeat',
      {
        config: { policy: { action: 'outreach.field', region: 'own' } },
        schema: {
          tags,
          summary: "A device's unsynced count and oldest unsynced item",
          params: DeviceParam,
          body: HeartbeatBody,
          response: { 200: HeartbeatReply },
        },
      },
      async (req) => heartbeat(h, requireContext(req), req.params.id, req.body),
    );
    app.get(
      '/api/v1/outreach/devices',
      {
        config: { policy: { action: 'outreach.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Devices with unsynced items older than N hours',
          querystring: DeviceQuery,
          response: { 200: DeviceList },
        },
      },
      async (req) => devicesBehind(h, requireContext(req), req.query.region, req.query.hours),
    );
    app.get(
      '/api/v1/outreach/summary',
      {
        config: { policy: { action: 'outreach.read', region: 'query:region' } },
        schema: {
          tags,
          summary: 'Outreach figures of a region (the command center card)',
          querystring: OutreachSummaryQuery,
          response: { 200: OutreachSummary },
        },
      },
      async (req) => outreachSummary(h, requireContext(req), req.query.region),
    );
  };
}
