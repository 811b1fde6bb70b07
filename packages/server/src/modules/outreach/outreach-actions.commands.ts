import type { FieldActionBody } from '@sigap/contracts';
import { isRecorded, localDate, type OutreachActionResult, zoneOfRegion } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { ResidentRow } from '../../db/schema';
import { recordAudit } from '../audit';
import { applyResidentWrites, officerWrite } from '../residents';
import { outreachErrors } from './outreach.errors';
import {
  type ActionRow,
  insertActionOnce,
  lockResident,
  setActionResult,
} from './outreach-actions.repository';
import type { SiteRow } from './outreach-sites.repository';
import type { VisitRow } from './outreach-visits.repository';

export interface ActionInput {
  body: FieldActionBody;
  visit: VisitRow;
  site: SiteRow;
  /** The resident the action is about (a target, or a walk-in found by NIK); null: not in the registry. */
  resident: ResidentRow | null;
  walkIn: boolean;
  nik: string | null;
}

/**
 * One field action in one transaction. The action row is inserted FIRST, under the unique clientId: a
 * repeat (a retry, a duplicated request on a bad link) waits for the first and then inserts nothing, so
 * the resident is written at most once whatever the network does (undefined is returned: a repeat).
 * A recording re-reads the resident under a row lock: already recorded (at the office meanwhile) is stored
 * as `conflict_already_recorded` and nothing is written; otherwise BIO_CAPTURED goes through the one write
 * path with source `outreach` (history, counters, audit). A refused write rolls everything back.
 */
export async function recordActionCommand(
  handle: Db,
  ctx: RequestContext,
  a: ActionInput,
  now: Date = new Date(),
): Promise<ActionRow | undefined> {
  return handle.db.transaction().execute(async (trx) => {
    const region = a.resident?.village_code ?? a.visit.village_code;
    const row = {
      visit_id: Number(a.visit.id),
      client_id: a.body.clientId,
      device_id: a.body.clientDeviceId,
      resident_id: a.resident ? Number(a.resident.id) : null,
      nik: a.nik,
      full_name: a.resident?.full_name ?? a.body.fullName ?? null,
      walk_in: a.walkIn ? 1 : 0,
      outcome: a.body.outcome,
      result: (a.resident ? 'applied' : 'not_in_registry') as OutreachActionResult,
      note: a.body.note ?? '',
      region_code: region,
      actor_id: ctx.user.id,
      occurred_at: a.body.occurredAt,
      received_at: now.toISOString(),
    };
    const id = await insertActionOnce(trx, row);
    if (id === undefined) return undefined;
    if (a.resident && a.body.outcome === 'recorded') {
      const current = await lockResident(trx, handle.store, Number(a.resident.id));
      if (!current || isRecorded(current.recording_status)) {
        row.result = 'conflict_already_recorded';
        await setActionResult(trx, id, row.result);
      } else {
        // The day it happened on the site's clock (a sync may come days later), never after today.
        const occurred = new Date(Math.min(Date.parse(a.body.occurredAt), now.getTime()));
        const result = await applyResidentWrites(
          trx,
          handle.store,
          [
            {
              kind: 'patch',
              nik: current.nik,
              patch: {
                recordingStatus: 'BIO_CAPTURED',
                recordingDate: localDate(occurred, zoneOfRegion(a.site.village_code)),
                recordingPlace: `JEMPUT BOLA ${a.site.name}`.slice(0, 120),
              },
            },
          ],
          officerWrite(ctx, 'outreach', now),
        );
        const [refused] = result.rejected;
        if (refused) throw outreachErrors.writeRefused(refused.message, refused.messageEn);
      }
    }
    await recordAudit(trx, handle.store, {
      actor: { id: ctx.user.id, username: ctx.user.username },
      action: 'outreach.action',
      entity: 'outreach_visit',
      entityId: Number(a.visit.id),
      regionCode: region,
      summary: {
        clientId: a.body.clientId,
        residentId: row.resident_id,
        outcome: row.outcome,
        result: row.result,
        walkIn: a.walkIn,
        device: a.body.clientDeviceId,
      },
      ip: ctx.ip,
    });
    return { ...row, id } as ActionRow;
  });
}
