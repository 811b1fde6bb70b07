import {
  ServiceTimesReport,
  SkmAnswerBody,
  SkmAnswerReply,
  SkmKioskBody,
  SkmKioskContext,
  SkmPeriodQuery,
  SkmPointParam,
  SkmReport,
  SkmSurveyContext,
  SkmTokenParam,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { sendFile } from '../exports';
import { exportSkmXlsx } from './skm-export';
import { loadSkmLinkKey } from './skm-link';
import { serviceTimes, skmReport } from './skm-report.service';
import { answerKiosk, answerSurvey, kioskContext, surveyContext } from './skm-survey.service';

const tags = ['skm'];
const open = { access: 'public' } as const;
const read = { action: 'skm.read', region: 'query:region' } as const;
/** A kiosk serves one waiting room: a sheet every few seconds is already more than a queue of people gives. */
const KIOSK_PER_MINUTE = 20;

export function skmRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const h = deps.handle;
    await loadSkmLinkKey(h);
    // Links are unguessable (128-bit mac); the limit only keeps one client from hammering the database.
    const limited = app.rateLimit({ max: deps.config.publicRateLimit, timeWindow: 60_000 });
    app.get(
      '/api/v1/skm/survey/:token',
      {
        config: { policy: open },
        onRequest: limited,
        schema: {
          tags,
          summary: 'The survey behind a one-time link',
          security: [],
          params: SkmTokenParam,
          response: { 200: SkmSurveyContext },
        },
      },
      async (req) => surveyContext(h, req.params.token, deps.now?.()),
    );
    app.post(
      '/api/v1/skm/survey/:token',
      {
        config: { policy: open },
        onRequest: limited,
        schema: {
          tags,
          summary: 'Answer the survey of a one-time link (once per ticket)',
          security: [],
          params: SkmTokenParam,
          body: SkmAnswerBody,
          response: { 201: SkmAnswerReply },
        },
      },
      async (req, reply) => {
        await answerSurvey(h, req.params.token, req.body, req.ip, deps.now?.());
        return reply.status(201).send({ received: true });
      },
    );
    app.get(
      '/api/v1/skm/kiosk/:pointId',
      {
        config: { policy: open },
        schema: {
          tags,
          summary: "A point's survey kiosk",
          security: [],
          params: SkmPointParam,
          response: { 200: SkmKioskContext },
        },
      },
      async (req) => kioskContext(h, req.params.pointId),
    );
    app.post(
      '/api/v1/skm/kiosk/:pointId',
      {
        config: { policy: open },
        onRequest: app.rateLimit({ max: KIOSK_PER_MINUTE, timeWindow: 60_000 }),
        schema: {
          tags,
          summary: "Answer the survey at a point's kiosk",
          security: [],
          params: SkmPointParam,
          body: SkmKioskBody,
          response: { 201: SkmAnswerReply },
        },
      },
      async (req, reply) => {
        await answerKiosk(h, req.params.pointId, req.body, req.ip, deps.now?.());
        return reply.status(201).send({ received: true });
      },
    );
    app.get(
      '/api/v1/skm',
      {
        config: { policy: read },
        schema: {
          tags,
          summary: 'SKM index per point and element for a region and period',
          querystring: SkmPeriodQuery,
          response: { 200: SkmReport },
        },
      },
      async (req) => skmReport(h, requireContext(req), req.query, deps.now?.()),
    );
    app.get(
      '/api/v1/skm/export',
      {
        config: { policy: read },
        schema: {
          tags,
          summary: 'SKM workbook (index per point, raw answers) for the annual report',
          querystring: SkmPeriodQuery,
        },
      },
      async (req, reply) =>
        sendFile(reply, await exportSkmXlsx(h, requireContext(req), req.query, deps.now?.())),
    );
    app.get(
      '/api/v1/skm/times',
      {
        config: { policy: read },
        schema: {
          tags,
          summary: 'Waiting and service times (median, 90th percentile) per point, counter and service',
          querystring: SkmPeriodQuery,
          response: { 200: ServiceTimesReport },
        },
      },
      async (req) => serviceTimes(h, requireContext(req), req.query, deps.now?.()),
    );
  };
}
