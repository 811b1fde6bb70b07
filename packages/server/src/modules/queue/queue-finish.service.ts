import type { FinishBody, FinishReply } from '@sigap/contracts';
import { outcomeNeedsResident, outcomePatch } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize, inScope } from '../access';
import { skmPathFor } from '../skm';
import { queueErrors } from './queue.errors';
import { findResidentByNik } from './queue.repository';
import { loadTicketInScope, pointToday } from './queue.service';
import { applyMove } from './queue-counter.service';
import { residentOutcomeWrites } from './queue-finish.commands';
import type { TicketMove } from './queue-move.commands';

/**
 * Finishes a called or served ticket with its outcome. Recorded, card handed over and IKD activated change
 * the resident through the registry's one write path (source `counter`), in the ticket's transaction; the
 * others are kept on the ticket. The reply carries the one-time SKM link for the resident.
 */
export async function finishTicket(
  handle: Db,
  ctx: RequestContext,
  id: number,
  body: FinishBody,
  now: Date,
): Promise<FinishReply> {
  const { ticket, point } = await loadTicketInScope(handle, ctx, id, 'queue.serve');
  if (body.outcome === 'ikd_activated') authorize(ctx.user, 'ikd.activate', point.region_code);
  const nik = body.nik ?? ticket.nik;
  let also: TicketMove['also'];
  if (outcomeNeedsResident(body.outcome)) {
    if (!nik) throw queueErrors.outcomeNeedsNik();
    const resident = await findResidentByNik(handle.db, nik);
    if (!resident || !inScope(ctx.user, resident.village_code)) {
      throw queueErrors.residentNotFound();
    }
    const today = pointToday(point, now);
    const decided = outcomePatch(
      body.outcome,
      {
        recordingStatus: resident.recording_status,
        printStatus: resident.print_status,
        ikdActivatedDate: resident.ikd_activated_date,
      },
      today,
      point.name,
    );
    if (!decided.ok) throw queueErrors.outcomeRefused(decided.code);
    also = residentOutcomeWrites(handle, ctx, {
      point,
      ticketId: ticket.id,
      resident,
      patch: decided.patch,
      today,
      now,
      outcome: body.outcome,
    });
  }
  const at = now.toISOString();
  const move: TicketMove = {
    from: ['called', 'serving'],
    patch: {
      status: 'done',
      outcome: body.outcome,
      finished_at: at,
      served_at: ticket.served_at ?? at,
      served_by: ctx.user.id,
      ...(nik && !ticket.nik ? { nik } : {}),
    },
    event: 'finished',
    action: 'queue.finish',
    counterNo: ticket.counter_no,
    details: { outcome: body.outcome, ...(body.note ? { note: body.note } : {}) },
    ...(also ? { also } : {}),
  };
  const done = await applyMove(handle, point, ticket, move, ctx, now);
  return { ticket: done, skmPath: skmPathFor(ticket.id) };
}
