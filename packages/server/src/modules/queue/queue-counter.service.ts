import type { CallNextBody, CallNextReply, QueueTicket } from '@sigap/contracts';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { announceQueueChange } from '../display';
import type { WriteClaim } from '../idempotency';
import { queueErrors } from './queue.errors';
import { toTicket } from './queue.presenter';
import { findTicket, type PointRow, type TicketRow } from './queue.repository';
import { loadPointWithRules, loadTicketInScope, pointToday } from './queue.service';
import { byOf } from './queue-issue.service';
import { callNextCommand, moveTicketCommand, type TicketMove } from './queue-move.commands';
import { callOrderAt } from './queue-next-in-line';

/** How often call-next picks again after another counter took its choice first. */
const CALL_ATTEMPTS = 8;

export function checkCounter(point: PointRow, counterNo: number): void {
  if (counterNo > Number(point.counters)) throw queueErrors.counterUnknown(Number(point.counters));
}

/** Tells the displays and answers the ticket as stored (`row`, when the write returned it). */
async function moved(
  handle: Db,
  point: PointRow,
  id: number,
  kind: 'called' | 'recalled' | 'changed',
  row?: TicketRow,
): Promise<QueueTicket> {
  const stored = row ?? (await findTicket(handle.db, id));
  if (!stored) throw queueErrors.ticketNotFound(id);
  await announceQueueChange(handle, point.id, { kind, ticketId: id });
  return toTicket(stored);
}

function callMove(counterNo: number, ctx: RequestContext, now: Date): TicketMove {
  return {
    from: ['waiting'],
    patch: { status: 'called', counter_no: counterNo, called_at: now.toISOString(), served_by: ctx.user.id },
    event: 'called',
    action: 'queue.call',
    counterNo,
    lineMoves: true,
  };
}

/**
 * Calls the next ticket for a counter by the domain's order. The claim skips tickets another counter is
 * claiming at the same instant and is guarded on `waiting`, so two counters never get the same ticket;
 * when every ticket of the order went to other counters meanwhile, the order is read again.
 */
export async function callNext(
  handle: Db,
  ctx: RequestContext,
  pointId: number,
  body: CallNextBody,
  now: Date,
  claim?: WriteClaim,
): Promise<CallNextReply> {
  const { point, rules } = await loadPointWithRules(handle, ctx, pointId, 'queue.serve');
  checkCounter(point, body.counterNo);
  const date = pointToday(point, now);
  const at = { date, counterNo: body.counterNo, service: body.service, now };
  const by = { ...byOf(ctx, now), claim };
  for (let attempt = 0; attempt < CALL_ATTEMPTS; attempt += 1) {
    const order = await callOrderAt(handle.db, point, at, rules);
    if (order.length === 0) return { ticket: null };
    const claimed = await callNextCommand(handle, point, order, body.counterNo, by, (row) => ({
      ticket: toTicket(row),
    }));
    if (claimed) {
      await announceQueueChange(handle, point.id, { kind: 'called', ticketId: claimed.row.id });
      return claimed.answer;
    }
  }
  return { ticket: null };
}

/** Calls one given waiting ticket to a counter (the resident came forward, a ticket out of order). */
export async function callTicket(
  handle: Db,
  ctx: RequestContext,
  id: number,
  counterNo: number,
  now: Date,
): Promise<QueueTicket> {
  const { ticket, point } = await loadTicketInScope(handle, ctx, id, 'queue.serve');
  checkCounter(point, counterNo);
  return applyMove(handle, point, ticket, callMove(counterNo, ctx, now), ctx, now, 'called');
}

export async function applyMove(
  handle: Db,
  point: PointRow,
  ticket: TicketRow,
  move: TicketMove,
  ctx: RequestContext,
  now: Date,
  kind: 'called' | 'recalled' | 'changed' = 'changed',
): Promise<QueueTicket> {
  if (!move.from.includes(ticket.status)) throw queueErrors.wrongStatus(ticket.status);
  if (!(await moveTicketCommand(handle, point, ticket, move, byOf(ctx, now)))) {
    const fresh = await findTicket(handle.db, ticket.id);
    throw queueErrors.wrongStatus(fresh?.status ?? ticket.status);
  }
  return moved(handle, point, ticket.id, kind);
}
