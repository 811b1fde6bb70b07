import type { Kysely } from 'kysely';
import type { EngineStore } from '../../db/engine/engine-store';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import type { Who } from './death-reports.commands';
import { decideDeathReport, findPendingForResident } from './death-reports.repository';

/**
 * A death certificate issued another way (the burial register) settles a hand-made death report still
 * waiting for the same resident: it is closed as confirmed, naming the certificate, in the certificate's
 * transaction. Without this the report would sit on the "Konfirmasi kematian" worklist, and confirming it
 * later would only find the resident already deceased. No second-officer rule applies here: the
 * certificate, not this officer, is what confirms the report.
 */
export async function closePendingReportByCertificate(
  trx: Kysely<Database>,
  store: EngineStore,
  resident: { id: number; village_code: string },
  certificateNo: string,
  who: Who,
): Promise<number | null> {
  const report = await findPendingForResident(trx, resident.id);
  if (!report) return null;
  const note = `Ditutup oleh akta kematian ${certificateNo}`;
  const at = (who.now ?? new Date()).toISOString();
  const decided = await decideDeathReport(trx, report.id, {
    status: 'confirmed',
    decided_by: who.actor.id,
    decided_at: at,
    decision_note: note,
  });
  if (!decided) return null;
  await recordAudit(trx, store, {
    actor: who.actor,
    action: 'death_report.confirm',
    entity: 'death_report',
    entityId: report.id,
    regionCode: resident.village_code,
    summary: { residentId: resident.id, note, certificate: certificateNo },
    ip: who.ip,
  });
  return report.id;
}
