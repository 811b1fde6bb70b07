import type { AuditAction } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import { type BookingRow, markBookingCheckedIn } from '../bookings';
import { queueErrors } from './queue.errors';
import {
  bumpSequence,
  insertTicket,
  insertTicketEvent,
  type PointRow,
  type TicketRow,
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

export interface Trail {
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
export async function writeTrail(
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
