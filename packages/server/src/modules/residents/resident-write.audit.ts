import { maskNik } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { EngineStore } from '../../db/engine/engine-store';
import type { Database, ResidentRow } from '../../db/schema';
import { recordAudit } from '../audit';
import type { ResidentData } from './resident-row';
import type { WriteMeta, WriteOutcome } from './resident-write.types';

/**
 * The write path's audit entries: one per batch for a bulk job (`meta.audit === 'batch'`, counts only),
 * otherwise one per created resident (its NIK masked) and one per changed resident (the fields that moved).
 */
export async function auditWrites(
  trx: Kysely<Database>,
  engineStore: EngineStore,
  meta: WriteMeta,
  outcome: WriteOutcome,
  inserted: Map<string, number>,
  changes: { row: ResidentRow; columns: (keyof ResidentData)[] }[],
): Promise<void> {
  const base = { actor: meta.actor, ip: meta.ip };
  if (meta.audit === 'batch') {
    if (outcome.inserted + outcome.updated === 0) return;
    await recordAudit(trx, engineStore, {
      ...base,
      action: `resident.${meta.source}_batch`,
      entity: meta.importJobId ? 'import_job' : 'resident',
      entityId: meta.importJobId ?? null,
      regionCode: meta.scope,
      summary: {
        inserted: outcome.inserted,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
        rejected: outcome.rejected.length,
      },
    });
    return;
  }
  for (const [nik, id] of inserted) {
    await recordAudit(trx, engineStore, {
      ...base,
      action: 'resident.create',
      entity: 'resident',
      entityId: id,
      regionCode: null,
      // The entity id names the resident; the audit never holds a NIK in clear (it is read by admins).
      summary: { nik: maskNik(nik), source: meta.source },
    });
  }
  for (const c of changes) {
    await recordAudit(trx, engineStore, {
      ...base,
      action: 'resident.update',
      entity: 'resident',
      entityId: c.row.id,
      regionCode: c.row.village_code,
      summary: { source: meta.source, fields: c.columns },
    });
  }
}
