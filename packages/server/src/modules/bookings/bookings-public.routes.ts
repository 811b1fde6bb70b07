import {
  BookingFileBody,
  BookingPointList,
  BookingPointQuery,
  BookingSlotsQuery,
  BookingSlotsReply,
  ConfirmBody,
  HoldBody,
  HoldReply,
  HoldToken,
  LookupBody,
  PublicBookingReply,
  ReleaseReply,
  RescheduleBody,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { sendFile } from '../exports';
import { sendWritten, writeClaimOf } from '../idempotency';
import { invitationFile } from './booking-letters';
import { cancelBooking, lookupBooking, rescheduleBooking } from './bookings-manage.service';
import {
  bookingPoints,
  bookingSlots,
  confirmBooking,
  holdSlot,
  releaseHold,
} from './bookings-public.service';

const tags = ['bookings'];
const policy = { access: 'public' } as const;

/**
 * Online booking without login. Every write is retry-safe (the platform's Idempotency-Key; a hold
 * confirmed twice answers the same booking). Two guards: a per-process request limit per IP against
 * floods, and the database-kept counts per IP, NIK and phone (booking-guards.ts) that hold across servers.
 */
export function bookingsPublicRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const h = deps.handle;
  const now = () => deps.now?.() ?? new Date();
  return async (app) => {
    const limited = app.rateLimit({ max: Math.max(60, deps.config.publicRateLimit), timeWindow: 60_000 });
    const opts = { config: { policy }, onRequest: [limited] };
    // The two writes of every online booking claim their Idempotency-Key in their own transaction.
    const inWrite = { config: { policy, idempotency: 'in-write' as const }, onRequest: [limited] };
    app.get(
      '/api/v1/bookings/points',
      {
        ...opts,
        schema: {
          tags,
          summary: 'Service points taking online bookings (no login)',
          security: [],
          querystring: BookingPointQuery,
          response: { 200: BookingPointList },
        },
      },
      async (req) => bookingPoints(h, req.query.region),
    );
    app.get(
      '/api/v1/bookings/slots',
      {
        ...opts,
        schema: {
          tags,
          summary: 'Slots with room at a point for a service over the next days (no login)',
          security: [],
          querystring: BookingSlotsQuery,
          response: { 200: BookingSlotsReply },
        },
      },
      async (req) => bookingSlots(h, req.query, now()),
    );
    app.post(
      '/api/v1/bookings/holds',
      {
        ...inWrite,
        schema: {
          tags,
          summary: 'Hold a seat of a slot for a few minutes while the form is filled in',
          security: [],
          body: HoldBody,
          response: { 201: HoldReply },
        },
      },
      async (req, reply) =>
        sendWritten(req, reply, 201, await holdSlot(h, req.body, req.ip, now(), writeClaimOf(req))),
    );
    app.post(
      '/api/v1/bookings/holds/release',
      {
        ...opts,
        schema: {
          tags,
          summary: 'Let a held seat go (another time was chosen): the seat is free again at once',
          security: [],
          body: HoldToken,
          response: { 200: ReleaseReply },
        },
      },
      async (req) => ({ released: await releaseHold(h, req.body.token) }),
    );
    app.post(
      '/api/v1/bookings',
      {
        ...inWrite,
        schema: {
          tags,
          summary: 'Confirm a held seat with NIK, name and phone: booking code and queue number',
          security: [],
          body: ConfirmBody,
          response: { 201: PublicBookingReply },
        },
      },
      async (req, reply) =>
        sendWritten(req, reply, 201, await confirmBooking(h, req.body, req.ip, now(), writeClaimOf(req))),
    );
    app.post(
      '/api/v1/bookings/lookup',
      {
        ...opts,
        schema: {
          tags,
          summary: 'Look up a booking with NIK and booking code',
          security: [],
          body: LookupBody,
          response: { 200: PublicBookingReply },
        },
      },
      async (req) => ({ booking: await lookupBooking(h, req.body, req.ip, now()) }),
    );
    app.post(
      '/api/v1/bookings/cancel',
      {
        ...opts,
        schema: {
          tags,
          summary: 'Cancel a booking with NIK and booking code (before the cut-off)',
          security: [],
          body: LookupBody,
          response: { 200: PublicBookingReply },
        },
      },
      async (req) => ({ booking: await cancelBooking(h, req.body, req.ip, now()) }),
    );
    app.post(
      '/api/v1/bookings/reschedule',
      {
        ...opts,
        schema: {
          tags,
          summary: 'Move a booking to a held slot (before the cut-off; once after a missed slot)',
          security: [],
          body: RescheduleBody,
          response: { 200: PublicBookingReply },
        },
      },
      async (req) => ({ booking: await rescheduleBooking(h, req.body, req.ip, now()) }),
    );
    app.post(
      '/api/v1/bookings/invitation',
      {
        ...opts,
        schema: {
          tags,
          summary: 'The invitation as PDF (with QR) or .ics, with NIK and booking code',
          security: [],
          body: BookingFileBody,
        },
      },
      async (req, reply) => sendFile(reply, await invitationFile(h, req.body, req.ip, now())),
    );
  };
}
