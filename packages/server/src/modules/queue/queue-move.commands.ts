import type { AuditAction } from '@sigap/domain';
import type { Kysely, Updateable } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database, QueueTicketsTable, TicketStatus } from '../../db/schema';
import { followTicketOnBooking } from '../bookings';
import { answerInWrite, claimInWrite, type WriteClaim } from '../idempotency';
import { type By, writeTrail } from './queue.commands';
import { type PointRow, type TicketRow, updateTicketFrom } from './queue.repository';
import { claimFirstWaiting, type HeadRow } from './queue-call.repository';
import { notifyNextInLine, tellNext } from './queue-next-in-line';

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
 * yet), the request's Idempotency-Key and the answer `reply` makes of the ticket (idempotency-in-write.ts).
 * The claimed ticket as stored with that answer, or null when every ticket of the order was taken meanwhile.
 */
export async function callNextCommand<R>(
  handle: Db,
  point: PointRow,
  order: readonly HeadRow[],
  counterNo: number,
  by: By & { claim: WriteClaim | undefined },
  reply: (row: TicketRow) => R,
): Promise<{ row: TicketRow; answer: R } | null> {
  return handle.store.shortWrite(handle.db, async (trx) => {
    await claimInWrite(trx, by.claim);
    const ids = order.map((h) => h.id);
    const call = { counterNo, calledAt: by.now.toISOString(), servedBy: by.actor?.id ?? null };
    const claimed = await claimFirstWaiting(trx, handle.store, ids, call);
    if (!claimed) return null;
    const after = order.slice(ids.indexOf(claimed.id) + 1).find((h) => h.counter_no === null);
    const ticket = { id: claimed.id, region: point.region_code, counterNo };
    const details = { label: claimed.label };
    const trail = { ticket, event: 'called', action: 'queue.call' as const, details };
    await writeTrail(trx, handle, trail, by, () => tellNext(trx, point, after, by.now));
    return { row: claimed, answer: await answerInWrite(trx, by.claim, 200, reply(claimed)) };
  });
}
