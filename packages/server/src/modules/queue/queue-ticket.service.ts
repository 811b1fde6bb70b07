import type { QueueTicket, TransferBody } from '@sigap/contracts';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { queueErrors } from './queue.errors';
import { loadTicketInScope } from './queue.service';
import { applyMove, checkCounter } from './queue-counter.service';
import type { TicketMove } from './queue-move.commands';
import { rulesOf } from './queue-rules';

type Action = 'recall' | 'start' | 'no-show' | 'requeue';

/** Recall (counted), start serving, no-show after the grace period, or put a no-show back in line. */
export async function ticketAction(
  handle: Db,
  ctx: RequestContext,
  id: number,
  action: Action,
  now: Date,
): Promise<QueueTicket> {
  const { ticket, point } = await loadTicketInScope(handle, ctx, id, 'queue.serve');
  const at = now.toISOString();
  const counterNo = ticket.counter_no;
  if (action === 'recall') {
    const move: TicketMove = {
      from: ['called'],
      patch: { recalls: Number(ticket.recalls) + 1 },
      event: 'recalled',
      action: 'queue.recall',
      counterNo,
    };
    return applyMove(handle, point, ticket, move, ctx, now, 'recalled');
  }
  if (action === 'start') {
    const move: TicketMove = {
      from: ['called'],
      patch: { status: 'serving', served_at: at, served_by: ctx.user.id },
      event: 'started',
      action: 'queue.start',
      counterNo,
    };
    return applyMove(handle, point, ticket, move, ctx, now);
  }
  if (action === 'no-show') {
    const { noShowGraceMinutes } = await rulesOf(handle.db, point.id);
    const since = ticket.called_at ? (now.getTime() - Date.parse(String(ticket.called_at))) / 60_000 : 0;
    if (ticket.status === 'called' && since < noShowGraceMinutes) {
      throw queueErrors.noShowTooEarly(noShowGraceMinutes);
    }
    const move: TicketMove = {
      from: ['called'],
      patch: { status: 'no_show' },
      event: 'no_show',
      action: 'queue.no_show',
      counterNo,
    };
    return applyMove(handle, point, ticket, move, ctx, now);
  }
  const move: TicketMove = {
    from: ['no_show'],
    patch: { status: 'waiting', counter_no: null, queued_at: at },
    event: 'requeued',
    action: 'queue.requeue',
    counterNo: null,
    lineMoves: true,
  };
  return applyMove(handle, point, ticket, move, ctx, now);
}

/**
 * Sends a called or served ticket to another counter (it goes first there) and/or another service; it waits
 * again keeping its place in line.
 */
export async function transferTicket(
  handle: Db,
  ctx: RequestContext,
  id: number,
  body: TransferBody,
  now: Date,
): Promise<QueueTicket> {
  const { ticket, point } = await loadTicketInScope(handle, ctx, id, 'queue.serve');
  if (body.counterNo !== undefined) checkCounter(point, body.counterNo);
  if (body.service !== undefined && !(body.service in (JSON.parse(point.services) as object))) {
    throw queueErrors.serviceNotOffered();
  }
  const move: TicketMove = {
    from: ['called', 'serving'],
    patch: {
      status: 'waiting',
      counter_no: body.counterNo ?? null,
      ...(body.service ? { service: body.service } : {}),
    },
    event: 'transferred',
    action: 'queue.transfer',
    lineMoves: true,
    counterNo: ticket.counter_no,
    details: {
      toCounter: body.counterNo ?? null,
      toService: body.service ?? null,
      fromService: ticket.service,
    },
  };
  return applyMove(handle, point, ticket, move, ctx, now);
}
