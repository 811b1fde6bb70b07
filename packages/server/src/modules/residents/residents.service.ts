import type { ResidentDetail, ResidentUpdateBody } from '@sigap/contracts';
import { ancestorCodes, maskNik, mustHoldId, NATIONAL_CODE, officeToday } from '@sigap/domain';
import type { ReadBudget } from '../../config';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { ResidentRow } from '../../db/schema';
import { authorize, inScope } from '../access';
import { recordAudit } from '../audit';
import { checkReadBudget } from '../read-budget';
import { findRegionsByCode } from '../regions';
import { officerWrite } from './officer-write';
import { factsOf } from './resident-facts';
import { applyResidentWrites } from './resident-write.service';
import { residentErrors } from './residents.errors';
import { anyResidentStored, findResidentById, listHistory } from './residents.repository';

/**
 * A resident by id, in the caller's scope. Outside the scope answers exactly like an id that does not
 * exist (same status, id and message, same work done): a 403 naming the village let anyone who iterated
 * ids map people to villages.
 */
export async function loadInScope(handle: Db, ctx: RequestContext, id: number): Promise<ResidentRow> {
  const row = await findResidentById(handle.db, id);
  if (!row || !inScope(ctx.user, row.village_code)) throw residentErrors.notFound();
  return row;
}

/** The full record with its timeline. Every opening is audited: it shows personal data in full (UU PDP). */
export async function openResident(
  handle: Db,
  ctx: RequestContext,
  id: number,
  budget: ReadBudget,
): Promise<ResidentDetail> {
  authorize(ctx.user, 'resident.read_detail');
  const charge = await checkReadBudget(handle, ctx, budget);
  const row = await loadInScope(handle, ctx, id);
  await charge(1);
  await handle.db.transaction().execute((trx) =>
    recordAudit(trx, handle.store, {
      actor: ctx.user,
      action: 'resident.view',
      entity: 'resident',
      entityId: row.id,
      regionCode: row.village_code,
      summary: { nik: maskNik(row.nik) },
      ip: ctx.ip,
    }),
  );
  const history = await listHistory(handle.db, row.id);
  const path = (await findRegionsByCode(handle.db, [...ancestorCodes(row.village_code), row.village_code]))
    .filter((r) => r.code !== NATIONAL_CODE)
    .map((r) => r.name);
  const today = officeToday(row.village_code); // the clock of the resident's province
  return {
    id: row.id,
    nik: row.nik,
    noKk: row.no_kk,
    fullName: row.full_name,
    sex: row.sex,
    birthPlace: row.birth_place,
    birthDate: row.birth_date,
    maritalStatus: row.marital_status,
    citizenship: row.citizenship,
    stayPermit: row.stay_permit === null ? null : row.stay_permit,
    religion: row.religion,
    occupation: row.occupation,
    villageCode: row.village_code,
    regionPath: path.join(' › '),
    address: row.address,
    phone: row.phone,
    lifeStatus: row.life_status,
    lifeStatusDate: row.life_status_date,
    recordingStatus: row.recording_status,
    recordingDate: row.recording_date,
    recordingPlace: row.recording_place,
    printStatus: row.print_status,
    printedDate: row.printed_date,
    handedOverDate: row.handed_over_date,
    ikdActivatedDate: row.ikd_activated_date,
    qualityFlags: row.quality_flags ? row.quality_flags.split(',') : [],
    mustHoldIdToday: mustHoldId(factsOf(row), today),
    history: history.map((h) => ({
      id: h.id,
      field: h.field,
      from: h.from_value,
      to: h.to_value,
      eventDate: h.event_date,
      recordedAt: h.recorded_at,
      source: h.source,
      username: h.username ?? null,
      importJobId: h.import_job_id,
      documentNo: h.document_no,
      note: h.note,
    })),
  };
}

/**
 * A hand-made change (counter clerk, field officer, correction) through the one write path, which applies
 * the state rules and the role table (domain manual-changes.ts). A death is not taken here: it is reported
 * (modules/death-reports) and a second officer confirms it.
 */
export async function updateResidentByHand(
  handle: Db,
  ctx: RequestContext,
  id: number,
  body: ResidentUpdateBody,
) {
  authorize(ctx.user, 'resident.write');
  const row = await loadInScope(handle, ctx, id);
  const { lifeStatusDocument, lifeStatusReason, ...patch } = body;
  const outcome = await handle.db.transaction().execute((trx) =>
    applyResidentWrites(
      trx,
      handle.store,
      [
        {
          kind: 'patch',
          nik: row.nik,
          patch,
          evidence: { documentNo: lifeStatusDocument ?? null, reason: lifeStatusReason ?? null },
        },
      ],
      officerWrite(ctx, 'manual'),
    ),
  );
  const rejected = outcome.rejected[0];
  if (rejected) {
    throw residentErrors.writeRefused(rejected);
  }
  return { updated: outcome.updated === 1 };
}

/** Whether the registry holds no resident yet (the demo seed fills only an empty one). */
export async function registryIsEmpty(handle: Db): Promise<boolean> {
  return !(await anyResidentStored(handle.db));
}
