import type { AuditAction } from '@sigap/domain';
import type { Kysely, Updateable } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database, QueueTicketsTable, TicketStatus } from '../../db/schema';
import { recordAudit } from '../audit';
import { type BookingRow, followTicketOnBooking, markBookingCheckedIn } from '../bookings';
import { queueErrors } from './queue.errors';
import {
  bumpSequence,
  claimFirstWaiting,
  type HeadRow,
  insertTicket,
  insertTicketEvent,
  type PointRow,
  type TicketRow,
  updateTicketFrom,
} from './queue.repository';
import { notifyNextInLine, tellNext } from './queue-next-in-line';

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

interface Trail {
  ticket: { id: number; region: string; counterNo: number | null };
  event: string;
  action: AuditAction;
  details: Record<string, unknown>;
}

/**
 * The ticket's event and its audit entry. The audit entry goes last in every transaction here: on
 * PostgreSQL it takes the audit chain's lock, held until commit, which every audited write in Sigap
 * waits for; taken last, it is held for one insert, so twenty counters calling at once barely queue.
 */
async function writeTrail(
  trx: Kysely<Database>,
  handle: Db,
  t: Trail,
  by: By,
  between?: () => Promise<void>,
) {
  await insertTicketEvent(trx, {
    ticket_id: t.ticket.id,
    event: t.event,
    counter_no: t.ticket.counterNo,
    actor_id: by.actor?.id ?? null,
    details: Object.keys(t.details).length > 0 ? JSON.stringify(t.details) : null,
    at: by.now.toISOString(),
  });
  if (between) await between();
  await recordAudit(trx, handle.store, {
    actor: by.actor,
    action: t.action,
    entity: 'queue_ticket',
    entityId: t.ticket.id,
    regionCode: t.ticket.region,
    summary: { event: t.event, ...t.details },
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
    const ticket = { id, region: point.region_code, counterNo: null };
    const action = t.booking ? ('queue.check_in' as const) : ('queue.issue' as const);
    await writeTrail(trx, handle, { ticket, event, action, details }, by, () =>
      notifyNextInLine(trx, point, date, by.now),
    );
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
  /** The move changes who is first in line (a call, a ticket back in line): tell the new first. */
  lineMoves?: true;
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
    if (ticket.booking_id !== null) {
      const at = by.now.toISOString();
      const who = { actorId: by.actor?.id ?? null, ticketId: ticket.id, now: at };
      await followTicketOnBooking(trx, Number(ticket.booking_id), move.event, who);
    }
    const target = { id: ticket.id, region: ticket.region_code, counterNo: move.counterNo };
    const details = { label: ticket.label, ...move.details };
    const trail = { ticket: target, event: move.event, action: move.action, details };
    await writeTrail(trx, handle, trail, by, async () => {
      if (move.also) await move.also(trx);
      if (move.lineMoves) await notifyNextInLine(trx, point, String(ticket.date), by.now);
    });
    return true;
  });
}

/**
 * Call-next's write: claims the first ticket of the counter's call order that is still waiting and not
 * being claimed by another counter at this instant (`claimFirstWaiting`), with its `called` event, audit
 * entry and the message to the ticket now first in line (the next of the same order that no counter holds
 * yet). The claimed ticket as stored, or null when every ticket of the order was taken meanwhile.
 */
export async function callNextCommand(
  handle: Db,
  point: PointRow,
  order: readonly HeadRow[],
  counterNo: number,
  by: By,
): Promise<TicketRow | null> {
  return handle.db.transaction().execute(async (trx) => {
    const at = by.now.toISOString();
    const patch = {
      status: 'called' as const,
      counter_no: counterNo,
      called_at: at,
      served_by: by.actor?.id ?? null,
    };
    const ids = order.map((h) => h.id);
    const claimed = await claimFirstWaiting(trx, handle.store, ids, patch);
    if (!claimed) return null;
    const after = order.slice(ids.indexOf(claimed.id) + 1).find((h) => h.counter_no === null);
    const ticket = { id: claimed.id, region: point.region_code, counterNo };
    const details = { label: claimed.label };
    const trail = { ticket, event: 'called', action: 'queue.call' as const, details };
    await writeTrail(trx, handle, trail, by, () => tellNext(trx, point, after, by.now));
    return claimed;
  });
}
