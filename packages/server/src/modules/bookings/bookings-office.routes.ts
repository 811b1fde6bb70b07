import {
  BatchParams,
  IdParam,
  InvitationBody,
  InvitationReply,
  OfficeBookingsQuery,
  OfficeBookingsReply,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { sendFile } from '../exports';
import { inviteFromRegistry } from './booking-invitations';
import { batchLetters, dayBookings } from './bookings-office.service';

const tags = ['bookings'];

/** The office's side of bookings: a point's day list and invitations from the registry (with letters). */
export function bookingsOfficeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const h = deps.handle;
  return async (app) => {
    app.get(
      '/api/v1/bookings/points/:id/day',
      {
        config: { policy: { action: 'booking.read', region: 'row:service_point' } },
        schema: {
          tags,
          summary: 'Bookings of a point on a date (NIK and phone masked)',
          params: IdParam,
          querystring: OfficeBookingsQuery,
          response: { 200: OfficeBookingsReply },
        },
      },
      async (req) => dayBookings(h, requireContext(req), req.params.id, req.query.date),
    );
    app.post(
      '/api/v1/bookings/points/:id/invitations',
      {
        config: { policy: { action: 'booking.invite', region: 'row:service_point' } },
        schema: {
          tags,
          summary: 'Invite residents from the registry (a village or a list) into upcoming slots',
          params: IdParam,
          body: InvitationBody,
          response: { 201: InvitationReply },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(
            await inviteFromRegistry(
              h,
              requireContext(req),
              req.params.id,
              req.body,
              deps.now?.() ?? new Date(),
            ),
          ),
    );
    app.get(
      '/api/v1/bookings/points/:id/invitations/:batchId/letters.pdf',
      {
        config: { policy: { action: 'booking.invite', region: 'row:service_point' } },
        schema: {
          tags,
          summary: 'The letters of an invitation run (PDF, one page per resident, with QR)',
          params: BatchParams,
        },
      },
      async (req, reply) =>
        sendFile(reply, await batchLetters(h, requireContext(req), req.params.id, req.params.batchId)),
    );
  };
}
