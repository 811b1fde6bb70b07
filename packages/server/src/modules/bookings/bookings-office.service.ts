import type { OfficeBookingsReply } from '@sigap/contracts';
import { maskNik, officeToday } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { recordAudit } from '../audit';
import type { ExportFile } from '../exports';
import { maskPhone } from '../outbox';
import { loadPointPlan } from '../service-points';
import { renderLettersPdf } from './booking-files';
import { letterOf } from './booking-letters';
import { queueLabel } from './booking-rules';
import { bookingErrors } from './bookings.errors';
import { findBatch, listBookingsOfBatch, listBookingsOfDay } from './bookings.repository';

/** A point the officer may act on for `action`; another region's point answers as not found. */
async function pointInScope(
  handle: Db,
  ctx: RequestContext,
  id: number,
  action: 'booking.read' | 'booking.invite',
) {
  authorize(ctx.user, action);
  const today = officeToday('ID');
  const loaded = await loadPointPlan(handle.db, id, today, today);
  if (!loaded) throw bookingErrors.pointNotFound();
  authorize(ctx.user, action, loaded.point.regionCode);
  return loaded.point;
}

/** The bookings of a point on a date (default: its today), NIK and phone masked; the reading is audited. */
export async function dayBookings(
  handle: Db,
  ctx: RequestContext,
  id: number,
  date: string | undefined,
): Promise<OfficeBookingsReply> {
  const point = await pointInScope(handle, ctx, id, 'booking.read');
  const day = date ?? officeToday(point.regionCode);
  const rows = await listBookingsOfDay(handle.db, id, day);
  await handle.db.transaction().execute((trx) =>
    recordAudit(trx, handle.store, {
      actor: ctx.user,
      action: 'booking.read_day',
      entity: 'service_point',
      entityId: id,
      regionCode: point.regionCode,
      summary: { date: day, rows: rows.length },
      ip: ctx.ip,
    }),
  );
  return {
    pointId: id,
    date: day,
    items: rows.map((b) => ({
      id: b.id,
      code: b.code,
      status: b.status,
      service: b.service,
      nikMasked: maskNik(b.nik),
      fullName: b.full_name,
      phoneMasked: b.phone ? maskPhone(b.phone) : null,
      start: b.slot_start,
      end: b.slot_end,
      queueLabel: queueLabel(b.queue_number === null ? null : Number(b.queue_number)),
      origin: b.origin,
    })),
  };
}

/** The letters of an invitation run, one page per resident, printable again at any time. */
export async function batchLetters(
  handle: Db,
  ctx: RequestContext,
  id: number,
  batchId: number,
): Promise<ExportFile> {
  const point = await pointInScope(handle, ctx, id, 'booking.invite');
  const batch = await findBatch(handle.db, batchId);
  if (!batch || Number(batch.service_point_id) !== id) throw bookingErrors.batchNotFound();
  const rows = await listBookingsOfBatch(handle.db, batchId);
  const info = { id: point.id, name: point.name, address: point.address };
  return renderLettersPdf(
    rows.map((b) => letterOf(b, info)),
    `undangan-${batchId}.pdf`,
  );
}
