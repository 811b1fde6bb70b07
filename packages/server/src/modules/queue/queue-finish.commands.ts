import type { QueueOutcome } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import { applyResidentWrites, officerWrite, type ResidentPatch } from '../residents';
import { queueErrors } from './queue.errors';
import { insertIkdActivation, type PointRow } from './queue.repository';

interface OutcomeInput {
  point: PointRow;
  ticketId: number;
  resident: { id: number; nik: string; village_code: string };
  patch: Record<string, string> | null;
  today: string;
  now: Date;
  outcome: QueueOutcome;
}

/**
 * The resident half of finishing a ticket, run inside the ticket's transaction: the patch through the
 * one write path (history, audit, counters; it refuses impossible states itself) and, for IKD, the
 * activation row (date, point, officer) with its `ikd.activate` audit entry. A refusal rolls all back.
 */
export function residentOutcomeWrites(
  handle: Db,
  ctx: RequestContext,
  o: OutcomeInput,
): (trx: Kysely<Database>) => Promise<void> {
  return async (trx) => {
    if (o.patch) {
      const result = await applyResidentWrites(
        trx,
        handle.store,
        [{ kind: 'patch', nik: o.resident.nik, patch: o.patch as ResidentPatch }],
        officerWrite(ctx, 'counter', o.now),
      );
      const [refused] = result.rejected;
      if (refused) throw queueErrors.residentWriteRefused(refused.message, refused.messageEn);
    }
    if (o.outcome !== 'ikd_activated') return;
    const inserted = await insertIkdActivation(trx, {
      resident_id: o.resident.id,
      region_code: o.resident.village_code,
      service_point_id: o.point.id,
      ticket_id: o.ticketId,
      activated_on: o.today,
      officer_id: ctx.user.id,
      created_at: o.now.toISOString(),
    });
    if (!inserted) throw queueErrors.ikdExists();
    await recordAudit(trx, handle.store, {
      actor: { id: ctx.user.id, username: ctx.user.username },
      action: 'ikd.activate',
      entity: 'resident',
      entityId: o.resident.id,
      regionCode: o.resident.village_code,
      summary: { servicePointId: o.point.id, ticketId: o.ticketId, date: o.today },
      ip: ctx.ip,
    });
  };
}
