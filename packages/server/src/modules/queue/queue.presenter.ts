import type { QueueTicket } from '@sigap/contracts';
import { maskNik, type QueueOutcome, type WaitingTicket } from '@sigap/domain';
import type { TicketRow } from './queue.repository';
import type { HeadRow } from './queue-call.repository';

const iso = (v: string | null) => (v === null ? null : String(v));

export function toTicket(r: TicketRow): QueueTicket {
  return {
    id: r.id,
    servicePointId: Number(r.service_point_id),
    date: String(r.date),
    lane: r.lane,
    label: r.label,
    service: r.service,
    status: r.status,
    priorityReason: r.priority_reason,
    windowStart: r.window_start,
    windowEnd: r.window_end,
    bookingId: r.booking_id === null ? null : Number(r.booking_id),
    nik: r.nik ? maskNik(r.nik) : null,
    fullName: r.full_name,
    counterNo: r.counter_no,
    recalls: Number(r.recalls),
    outcome: r.outcome as QueueOutcome | null,
    issuedAt: String(r.issued_at),
    calledAt: iso(r.called_at),
    servedAt: iso(r.served_at),
    finishedAt: iso(r.finished_at),
  };
}

/** The domain's view of a waiting ticket, for the choice of the next one. */
export function toWaiting(r: HeadRow): WaitingTicket {
  return {
    id: r.id,
    lane: r.lane,
    windowStart: r.window_start,
    queuedAt: String(r.queued),
    number: Number(r.number),
    counterNo: r.counter_no,
    service: r.service,
  };
}
