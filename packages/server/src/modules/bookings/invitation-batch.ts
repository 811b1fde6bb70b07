import type { InvitationReply } from '@sigap/contracts';
import { addDays, compareIsoDates, maskNik, officeToday, type ServiceKind } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { recordAudit } from '../audit';
import type { FieldListRow } from '../field-lists';
import { invitationOf } from './booking.presenter';
import { bookablePoint, offeredSlots, rulesAt } from './booking-points';
import { whatsappText } from './booking-rules';
import { bookingErrors } from './bookings.errors';
import {
  findBookingById,
  insertBatch,
  residentsForInvitation,
  updateBatchCounts,
} from './bookings.repository';
import { assignOne } from './invitation-assign';

type Probe = Awaited<ReturnType<typeof bookablePoint>>;
/** Where a batch's residents came from: a registry list of a region, or a voter-roll set. */
export type BatchSource = {
  kind: 'village' | 'not_recorded' | 'first_time_voters' | 'voter_roll';
  region: string;
};

/**
 * Sends one batch: the batch row and its audit entry, then each resident the first seat with room
 * (`assignOne`), then the batch's counts. Shared by every source of invitations.
 */
export async function sendInvitations(
  handle: Db,
  ctx: RequestContext,
  probe: Probe,
  body: { service: ServiceKind; from: string; to: string },
  residents: FieldListRow[],
  source: BatchSource,
  now: Date,
): Promise<InvitationReply> {
  const pointId = probe.point.id;
  const rules = await rulesAt(handle, probe.point.regionCode);
  const slots = await offeredSlots(
    handle,
    probe,
    body.service,
    { from: body.from, to: body.to, slotMinutes: rules.slotMinutes },
    now,
  );
  const by = { actor: ctx.user, ip: ctx.ip };
  const batchId = await handle.db.transaction().execute(async (trx) => {
    const id = await insertBatch(trx, {
      service_point_id: pointId,
      region_code: probe.point.regionCode,
      kind: source.kind,
      source_region: source.region,
      service: body.service,
      assigned: 0,
      skipped: 0,
      created_by: ctx.user.id,
      created_at: now.toISOString(),
    });
    await recordAudit(trx, handle.store, {
      actor: ctx.user,
      action: 'booking.invite',
      entity: 'booking_batch',
      entityId: id,
      regionCode: probe.point.regionCode,
      summary: {
        kind: source.kind,
        region: source.region,
        service: body.service,
        from: body.from,
        to: body.to,
        residents: residents.length,
      },
      ip: ctx.ip,
    });
    return id;
  });
  const point = { id: probe.point.id, name: probe.point.name, address: probe.point.address };
  const items: InvitationReply['items'] = [];
  let cursor = 0;
  let skipped = 0;
  for (const r of residents) {
    const bookingId = await assignOne(handle, r, body.service, slots, cursor, {
      pointId,
      regionCode: probe.point.regionCode,
      batchId,
      by,
      now,
    });
    if (bookingId === undefined) {
      skipped++;
      continue;
    }
    cursor = bookingId.slotIndex;
    const b = await findBookingById(handle.db, bookingId.id);
    if (!b) continue;
    const inv = invitationOf(b, point);
    items.push({
      code: b.code,
      fullName: b.full_name,
      nikMasked: maskNik(b.nik),
      date: b.date,
      start: b.slot_start,
      queueLabel: inv.queueLabel,
      whatsappText: whatsappText(inv),
    });
  }
  await updateBatchCounts(handle.db, batchId, items.length, skipped);
  return { batchId, assigned: items.length, skipped, items };
}

/**
 * Invitations for residents another module chose (a voter-roll set): the same checks as a registry run
 * (the point and every resident inside the caller's scope, a date range of at most 30 days from today),
 * residents outside the point's scope left out, then the same batch. `source.region` names the set's region.
 */
export async function inviteResidentIds(
  handle: Db,
  ctx: RequestContext,
  pointId: number,
  input: { residentIds: readonly number[]; service: ServiceKind; from: string; to: string; limit: number },
  source: BatchSource,
  now: Date,
): Promise<InvitationReply> {
  const probe = await bookablePoint(handle, pointId, input.service, input.from, input.to);
  authorize(ctx.user, 'booking.invite', probe.point.regionCode);
  const today = officeToday(probe.point.regionCode, now);
  if (
    compareIsoDates(input.from, today) < 0 ||
    compareIsoDates(input.to, input.from) < 0 ||
    compareIsoDates(addDays(input.from, 30), input.to) < 0
  ) {
    throw bookingErrors.badRange();
  }
  const rows = await residentsForInvitation(
    handle.db,
    input.residentIds,
    probe.point.regionCode,
    input.limit,
  );
  return sendInvitations(handle, ctx, probe, input, rows, source, now);
}
