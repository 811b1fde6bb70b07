import type { AuditAction } from '@sigap/domain';
import type { Kysely, Updateable } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database, QueueTicketsTable, TicketStatus } from '../../db/schema';
import { recordAudit } from '../audit';
import { type BookingRow, markBookingCheckedIn } from '../bookings';
import { queueErrors } from './queue.errors';
import {
  bumpSequence,
  insertTicket,
  insertTicketEvent,
  type PointRow,
  type TicketRow,
  updateTicketFrom,
} from './queue.repository';
import { notifyNextInLine } from './queue-next-in-line';

/** Who writes: a user (with the request's address) or the system (`actor: null`: the demo seed). */
export interface By {
  actor: { id: number; username: string } | null;
  ip: string | null;
  now: Date;
}

/** Prefix of the walk-in cap's counter in `queue_sequences`: both walk-in lanes count against it. */
const CAP_SEQUENCE = 'W';

export interface NewTicket {
  lane: 'booked' | 'priority' | 'walk_in';
  service: TicketRow['service'];
  priorityReason: TicketRow['priority_reason'];
  nik: string | null;
  fullName: string | null;
  phone: string | null;
  booking?: BookingRow;
}

async function writeTrail(
  trx: Kysely<Database>,
  handle: Db,
  t: { id: number; region: string; counterNo: number | null },
  event: string,
  action: AuditAction,
  details: Record<string, unknown>,
  by: By,
): Promise<void> {
  const at = by.now.toISOString();
  await insertTicketEvent(trx, {
    ticket_id: t.id,
    event,
    counter_no: t.counterNo,
    actor_id: by.actor?.id ?? null,
    details: Object.keys(details).length > 0 ? JSON.stringify(details) : null,
    at,
  });
  await recordAudit(trx, handle.store, {
    actor: by.actor,
    action,
    entity: 'queue_ticket',
    entityId: t.id,
    regionCode: t.region,
    summary: { event, ...details },
    ip: by.ip,
  });
}

/**
 * Issues a ticket: a walk-in (normal or priority, numbered B-/P- and counted against the day's cap by one
 * guarded statement) or a checked-in booking (A- with the booking's number, the booking marked checked in).
 * One transaction: the number, the ticket, its `issued`/`checked_in` event, the audit entry, the message to
 * whoever is now first in line. Null when the cap is reached.
 */
export async function issueTicketCommand(
  handle: Db,
  point: PointRow,
  date: string,
  t: NewTicket,
  cap: number,
  by: By,
): Promise<number | null> {
  const at = by.now.toISOString();
  return handle.db.transaction().execute(async (trx) => {
    let prefix = 'A';
    let number = t.booking?.queue_number ?? 0;
    if (t.lane !== 'booked') {
      if ((await bumpSequence(trx, { pointId: point.id, date, prefix: CAP_SEQUENCE }, cap)) === null)
        return null;
      prefix = t.lane === 'priority' ? 'P' : 'B';
      number = (await bumpSequence(trx, { pointId: point.id, date, prefix })) ?? 0;
    }
    const id = await insertTicket(trx, {
      service_point_id: point.id,
      region_code: point.region_code,
      date,
      lane: t.lane,
      prefix,
      number,
      label: `${prefix}-${String(number).padStart(3, '0')}`,
      service: t.service,
      booking_id: t.booking?.id ?? null,
      nik: t.nik,
      full_name: t.fullName,
      phone: t.phone,
      priority_reason: t.priorityReason,
      window_start: t.booking?.slot_start ?? null,
      window_end: t.booking?.slot_end ?? null,
      status: 'waiting',
      issued_by: by.actor?.id ?? null,
      issued_at: at,
      queued_at: at,
    });
    if (t.booking) {
      const done = await markBookingCheckedIn(trx, t.booking, {
        actorId: by.actor?.id ?? null,
        ticketId: id,
        now: at,
      });
      // Another entrance checked it in between our read and this write: nothing of ours stays.
      if (!done) throw queueErrors.bookingCheckedIn();
    }
    const event = t.booking ? 'checked_in' : 'issued';
    const details = { lane: t.lane, service: t.service, ...(t.booking ? { bookingId: t.booking.id } : {}) };
    const target = { id, region: point.region_code, counterNo: null };
    await writeTrail(trx, handle, target, event, t.booking ? 'queue.check_in' : 'queue.issue', details, by);
    await notifyNextInLine(trx, point, date, by.now);
    return id;
  });
}

export interface TicketMove {
  from: readonly TicketStatus[];
  patch: Updateable<QueueTicketsTable>;
  event: string;
  action: AuditAction;
  counterNo: number | null;
  details?: Record<string, unknown>;
  /** More writes of the same transaction once the ticket has moved (the resident, the IKD activation). */
  also?: (trx: Kysely<Database>) => Promise<void>;
}

/**
 * Moves a ticket (call, recall, start, no-show, re-queue, transfer, finish) only from the statuses the
 * action starts from, with its event, audit entry and "you are next" message, in one transaction. False
 * when the ticket had already moved (another counter called it first): nothing is written.
 */
export async function moveTicketCommand(
  handle: Db,
  point: PointRow,
  ticket: TicketRow,
  move: TicketMove,
  by: By,
): Promise<boolean> {
  return handle.db.transaction().execute(async (trx) => {
    if (!(await updateTicketFrom(trx, ticket.id, move.from, move.patch))) return false;
    const target = { id: ticket.id, region: ticket.region_code, counterNo: move.counterNo };
    await writeTrail(
      trx,
      handle,
      target,
      move.event,
      move.action,
      { label: ticket.label, ...move.details },
      by,
    );
    if (move.also) await move.also(trx);
    await notifyNextInLine(trx, point, String(ticket.date), by.now);
    return true;
  });
}
