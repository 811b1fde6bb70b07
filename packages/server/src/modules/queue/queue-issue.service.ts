import type { CheckInBody, IssueTicketBody, QueueTicket } from '@sigap/contracts';
import type { ServiceKind } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { findBookingForCheckIn } from '../bookings';
import { announceQueueChange } from '../display';
import { normalizeIndonesianPhone } from '../outbox';
import { type By, issueTicketCommand } from './queue.commands';
import { queueErrors } from './queue.errors';
import { toTicket } from './queue.presenter';
import { findTicket, type PointRow } from './queue.repository';
import { loadPointInScope, pointToday } from './queue.service';
import { rulesOf } from './queue-rules';

export function byOf(ctx: RequestContext, now: Date): By {
  return { actor: { id: ctx.user.id, username: ctx.user.username }, ip: ctx.ip, now };
}

function checkOpenFor(point: PointRow, service: ServiceKind): void {
  if (Number(point.active) !== 1) throw queueErrors.pointInactive();
  const offered = JSON.parse(point.services) as Record<string, number>;
  if (!(service in offered)) throw queueErrors.serviceNotOffered();
}

async function reply(handle: Db, pointId: number, id: number): Promise<QueueTicket> {
  const row = await findTicket(handle.db, id);
  if (!row) throw queueErrors.ticketNotFound(id);
  await announceQueueChange(handle, pointId, { kind: 'changed', ticketId: id });
  return toTicket(row);
}

/** A walk-in ticket at the entrance, normal or priority (with its reason), within the day's cap. */
export async function issueWalkIn(
  handle: Db,
  ctx: RequestContext,
  pointId: number,
  body: IssueTicketBody,
  now: Date,
): Promise<QueueTicket> {
  const point = await loadPointInScope(handle, ctx, pointId, 'queue.issue');
  checkOpenFor(point, body.service);
  if (body.phone !== undefined && !normalizeIndonesianPhone(body.phone)) throw queueErrors.phoneInvalid();
  const rules = await rulesOf(handle.db, point.id);
  const ticket = {
    lane: body.lane === 'priority' ? ('priority' as const) : ('walk_in' as const),
    service: body.service,
    priorityReason: body.lane === 'priority' ? (body.priorityReason ?? null) : null,
    nik: body.nik ?? null,
    fullName: body.fullName ?? null,
    phone: body.phone ?? null,
  };
  const day = pointToday(point, now);
  const id = await issueTicketCommand(handle, point, day, ticket, rules.walkInDailyCap, byOf(ctx, now));
  if (id === null) throw queueErrors.capReached(rules.walkInDailyCap);
  return reply(handle, point.id, id);
}

/**
 * Check-in of a booking by its code (scanned or typed): it must be confirmed, for today, at this point.
 * The ticket is in the booked lane, numbered as the booking, with the slot as its window.
 */
export async function checkIn(
  handle: Db,
  ctx: RequestContext,
  pointId: number,
  body: CheckInBody,
  now: Date,
): Promise<QueueTicket> {
  const point = await loadPointInScope(handle, ctx, pointId, 'queue.issue');
  const booking = await findBookingForCheckIn(handle.db, body.code);
  if (!booking) throw queueErrors.bookingNotFound();
  if (Number(booking.service_point_id) !== point.id) throw queueErrors.bookingOtherPoint();
  if (booking.status === 'checked_in') throw queueErrors.bookingCheckedIn();
  if (booking.status !== 'confirmed' || booking.queue_number === null)
    throw queueErrors.bookingNotConfirmed();
  const day = pointToday(point, now);
  if (String(booking.date) !== day) throw queueErrors.bookingNotToday(String(booking.date));
  checkOpenFor(point, booking.service);
  const ticket = {
    lane: 'booked' as const,
    service: booking.service,
    priorityReason: null,
    nik: booking.nik,
    fullName: booking.full_name,
    phone: booking.phone,
    booking,
  };
  const id = await issueTicketCommand(handle, point, day, ticket, 0, byOf(ctx, now));
  if (id === null) throw queueErrors.bookingNotConfirmed();
  return reply(handle, point.id, id);
}
