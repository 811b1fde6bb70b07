import type { InvitationBody, InvitationReply } from '@sigap/contracts';
import { InvitationBody as InvitationSchema } from '@sigap/contracts';
import { addDays, compareIsoDates, maskNik, officeToday, regionLevel } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { recordAudit } from '../audit';
import { invitationOf } from './booking.presenter';
import { bookablePoint, offeredSlots, rulesAt } from './booking-points';
import { whatsappText } from './booking-rules';
import { bookingErrors } from './bookings.errors';
import { findBookingById, insertBatch, updateBatchCounts } from './bookings.repository';
import { assignOne, selectResidents } from './invitation-assign';

/**
 * Invites residents from the registry to a point: each gets the first seat with room in the upcoming
 * sessions of the date range (the same guarded seat-taking as online bookings, one transaction per
 * resident), a confirmed booking of origin 'invitation' in one batch, and a letter and a WhatsApp text.
 */
export async function inviteFromRegistry(
  handle: Db,
  ctx: RequestContext,
  pointId: number,
  input: InvitationBody,
  now: Date,
): Promise<InvitationReply> {
  const body = InvitationSchema.parse(input);
  const probe = await bookablePoint(handle, pointId, body.service, body.from, body.to);
  authorize(ctx.user, 'booking.invite', probe.point.regionCode);
  const region = body.region ?? probe.point.regionCode;
  authorize(ctx.user, 'booking.invite', region);
  const level = regionLevel(region);
  if (body.kind === 'village' ? level !== 'village' : level !== 'village' && level !== 'district') {
    throw bookingErrors.regionLevel();
  }
  const today = officeToday(probe.point.regionCode, now);
  if (
    compareIsoDates(body.from, today) < 0 ||
    compareIsoDates(body.to, body.from) < 0 ||
    compareIsoDates(addDays(body.from, 30), body.to) < 0
  ) {
    throw bookingErrors.badRange();
  }
  const rules = await rulesAt(handle, probe.point.regionCode);
  const slots = await offeredSlots(
    handle,
    probe,
    body.service,
    { from: body.from, to: body.to, slotMinutes: rules.slotMinutes },
    now,
  );
  const residents = (await selectResidents(handle, body.kind, region, body.service, today)).slice(
    0,
    body.limit,
  );
  const by = { actor: ctx.user, ip: ctx.ip };
  const batchId = await handle.db.transaction().execute(async (trx) => {
    const id = await insertBatch(trx, {
      service_point_id: pointId,
      region_code: probe.point.regionCode,
      kind: body.kind,
      source_region: region,
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
        kind: body.kind,
        region,
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
