import type { DeathReportBody } from '@sigap/contracts';
import {
  maskNik,
  officeToday,
  type Role,
  renderResidentRefusal,
  residentStateViolations,
} from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { EngineStore } from '../../db/engine/engine-store';
import type { Database, ResidentRow } from '../../db/schema';
import { AppError } from '../../errors';
import { recordAudit } from '../audit';
import { applyResidentWrites, residentStateOf } from '../residents';
import { deathReportErrors } from './death-reports.errors';
import { decideDeathReport, findPendingForResident, insertDeathReport } from './death-reports.repository';

/**
 * The writes of a death entered by hand, one transaction each (the write-command pattern): the report row
 * and its audit entry; a confirmation also marks the resident deceased through the one write path (history
 * with the document, audit, counters). Services check role and scope first (death-reports.service.ts).
 */
type Actor = { id: number; username: string; role: Role };
export interface Who {
  actor: Actor;
  ip: string | null;
  now?: Date;
}

/** Reports a death; the resident stays alive in every figure until a second officer confirms it. */
export async function reportDeathCommand(
  handle: Db,
  resident: ResidentRow,
  body: DeathReportBody,
  who: Who,
): Promise<number> {
  if (resident.life_status === 'DECEASED') throw deathReportErrors.alreadyDeceased();
  refuseImpossibleDeath(resident, body.dateOfDeath, who.now);
  return handle.db.transaction().execute(async (trx) => {
    const id = await insertDeathReport(trx, {
      resident_id: resident.id,
      village_code: resident.village_code,
      date_of_death: body.dateOfDeath,
      document_no: body.documentNo,
      reason: body.reason,
      status: 'pending',
      reported_by: who.actor.id,
      reported_at: (who.now ?? new Date()).toISOString(),
      decided_by: null,
      decided_at: null,
      decision_note: null,
    });
    if (id === undefined) throw deathReportErrors.alreadyPending();
    await recordAudit(trx, handle.store, {
      actor: who.actor,
      action: 'death_report.create',
      entity: 'death_report',
      entityId: id,
      regionCode: resident.village_code,
      summary: { residentId: resident.id, nik: maskNik(resident.nik), dateOfDeath: body.dateOfDeath },
      ip: who.ip,
    });
    return id;
  });
}

/** A second officer confirms: the report closes and the resident becomes deceased, in one transaction. */
export async function confirmDeathCommand(
  handle: Db,
  resident: ResidentRow,
  note: string | null,
  who: Who,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    const report = await findPendingForResident(trx, resident.id);
    if (!report) throw deathReportErrors.notPending();
    if (report.reported_by === who.actor.id) throw deathReportErrors.sameOfficer();
    const at = (who.now ?? new Date()).toISOString();
    if (!(await decideDeathReport(trx, report.id, decision('confirmed', who.actor.id, at, note)))) {
      throw deathReportErrors.notPending();
    }
    await markResidentDeceased(
      trx,
      handle.store,
      resident,
      { dateOfDeath: report.date_of_death, documentNo: report.document_no, reason: report.reason },
      who,
    );
    await recordAudit(trx, handle.store, {
      actor: who.actor,
      action: 'death_report.confirm',
      entity: 'death_report',
      entityId: report.id,
      regionCode: resident.village_code,
      summary: { residentId: resident.id, note },
      ip: who.ip,
    });
  });
}

/** A second officer rejects, saying why; the resident is untouched. */
export async function rejectDeathCommand(
  handle: Db,
  resident: ResidentRow,
  note: string,
  who: Who,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    const report = await findPendingForResident(trx, resident.id);
    if (!report) throw deathReportErrors.notPending();
    const at = (who.now ?? new Date()).toISOString();
    if (!(await decideDeathReport(trx, report.id, decision('rejected', who.actor.id, at, note)))) {
      throw deathReportErrors.notPending();
    }
    await recordAudit(trx, handle.store, {
      actor: who.actor,
      action: 'death_report.reject',
      entity: 'death_report',
      entityId: report.id,
      regionCode: resident.village_code,
      summary: { residentId: resident.id, note },
      ip: who.ip,
    });
  });
}

/**
 * Marks a resident deceased in the caller's transaction through the one write path (source 'death': history
 * with the document, audit, counters, and the listeners such as the suket life cycle). A refusal of the
 * write path becomes a 409 and rolls the caller's transaction back. Shared with the burial register's
 * death certificate (issue 16).
 */
export function markResidentDeceased(
  trx: Kysely<Database>,
  store: EngineStore,
  resident: ResidentRow,
  death: { dateOfDeath: string; documentNo: string; reason: string },
  who: Who,
): Promise<void> {
  return writeLifeStatus(trx, store, resident, who, {
    source: 'death',
    patch: { lifeStatus: 'DECEASED', lifeStatusDate: death.dateOfDeath },
    evidence: { documentNo: death.documentNo, reason: death.reason },
  });
}

/**
 * Restores a resident a death certificate marked deceased, when a second officer annuls it (source
 * 'death_annulment', the certificate's number as the history's document), the same way.
 */
export function markResidentAlive(
  trx: Kysely<Database>,
  store: EngineStore,
  resident: ResidentRow,
  annulment: { documentNo: string; reason: string },
  who: Who,
): Promise<void> {
  return writeLifeStatus(trx, store, resident, who, {
    source: 'death_annulment',
    patch: { lifeStatus: 'ALIVE', lifeStatusDate: null },
    evidence: annulment,
  });
}

/** One life-status patch through the write path, with the evidence on its history; a refusal is a 409. */
async function writeLifeStatus(
  trx: Kysely<Database>,
  store: EngineStore,
  resident: ResidentRow,
  who: Who,
  change: {
    source: 'death' | 'death_annulment';
    patch: { lifeStatus: 'DECEASED' | 'ALIVE'; lifeStatusDate: string | null };
    evidence: { documentNo: string; reason: string };
  },
): Promise<void> {
  const outcome = await applyResidentWrites(
    trx,
    store,
    [{ kind: 'patch', nik: resident.nik, patch: change.patch, evidence: change.evidence }],
    {
      source: change.source,
      actor: who.actor,
      role: who.actor.role,
      ip: who.ip,
      scope: resident.village_code,
      audit: 'each',
      enforceTransitions: false,
      now: who.now,
    },
  );
  const refused = outcome.rejected[0];
  if (refused) throw new AppError(refused.code, 409, refused.message, refused.messageEn);
}

function decision(status: 'confirmed' | 'rejected', by: number, at: string, note: string | null) {
  return { status, decided_by: by, decided_at: at, decision_note: note };
}

/** The date rules of the registry, checked when reported (or a burial certified) so a bad date is refused beside its field. */
export function refuseImpossibleDeath(resident: ResidentRow, date: string, now: Date | undefined): void {
  const today = officeToday(resident.village_code, now);
  const state = { ...residentStateOf(resident), lifeStatus: 'DECEASED' as const, lifeStatusDate: date };
  const bad = residentStateViolations(state, today).find((v) => v.field === 'lifeStatusDate');
  if (!bad) return;
  const [message, messageEn] = renderResidentRefusal(bad.code, bad.params);
  throw new AppError(bad.code, 409, message, messageEn, [
    { field: 'dateOfDeath', code: bad.code, message, messageEn },
  ]);
}
