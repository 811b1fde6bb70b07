import type { InvitationBody } from '@sigap/contracts';
import { isFirstTimeVoter, type ServiceKind } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { electionConcerns, electionsFrom } from '../elections';
import { belongsOn, type FieldListRow, fieldListCandidates } from '../field-lists';
import { normalizeIndonesianPhone } from '../outbox';
import { factsOf } from '../residents';
import { insertConfirmedBooking } from './booking-create.commands';
import type { OfferedSlot } from './booking-points';
import { takeSeatReclaiming } from './booking-seats.commands';
import { findSlotRow } from './booking-slots.repository';
import { findActiveBooking, isUniqueViolation } from './bookings.repository';

/**
 * Who a run invites: a village's wajib-KTP residents not recorded yet ('village', 'not_recorded': the
 * field list's own rule, so the letters match the "belum rekam" figure), or first-time voters of the next
 * election among them. Printing invites PRR residents whose card is not printed.
 */
export async function selectResidents(
  handle: Db,
  kind: InvitationBody['kind'],
  region: string,
  service: ServiceKind,
  today: string,
) {
  const listKind = service === 'printing' ? 'print_ready_waiting' : 'not_recorded';
  const rows = (await fieldListCandidates(handle.db, region, listKind)).filter((r) =>
    belongsOn(listKind, r, today),
  );
  if (kind !== 'first_time_voters') return rows;
  const next = (await electionsFrom(handle, today)).find((e) => electionConcerns(e, region));
  if (!next) return [];
  return rows.filter((r) => isFirstTimeVoter(factsOf(r), next.votingDate));
}

export interface AssignContext {
  pointId: number;
  regionCode: string;
  batchId: number;
  by: { actor: RequestContext['user']; ip: string };
  now: Date;
}

/** One resident: the first slot from `from` on with a seat, and the booking on it; undefined when skipped. */
export async function assignOne(
  handle: Db,
  r: FieldListRow,
  service: ServiceKind,
  slots: OfferedSlot[],
  from: number,
  c: AssignContext,
): Promise<{ id: number; slotIndex: number } | undefined> {
  if (await findActiveBooking(handle.db, r.nik, service)) return undefined;
  for (let i = from; i < slots.length; i++) {
    const s = slots[i];
    if (!s) continue;
    const row = await findSlotRow(handle.db, { pointId: c.pointId, service, date: s.date, start: s.start });
    if (!row) continue;
    try {
      const id = await handle.db.transaction().execute(async (trx) => {
        if (!(await takeSeatReclaiming(trx, row.id, c.now))) return undefined;
        const seat = {
          slotId: row.id,
          pointId: c.pointId,
          regionCode: c.regionCode,
          service,
          date: s.date,
          start: s.start,
          end: s.end,
        };
        const person = {
          nik: r.nik,
          fullName: r.full_name,
          phone: r.phone ? normalizeIndonesianPhone(r.phone) : null,
        };
        const booking = await insertConfirmedBooking(
          trx,
          handle,
          seat,
          person,
          { kind: 'invitation', batchId: c.batchId },
          c.by,
          c.now,
        );
        return booking.id;
      });
      if (id !== undefined) return { id, slotIndex: i };
    } catch (err) {
      // Booked online meanwhile: one active booking per NIK and service holds; the seat went back with the rollback.
      if (isUniqueViolation(err)) return undefined;
      throw err;
    }
  }
  return undefined;
}
