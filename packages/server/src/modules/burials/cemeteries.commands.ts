import { isWithinScope } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import type { Who } from '../death-reports';
import { burialErrors } from './burials.errors';
import { cemeteryRegions, insertCemetery, insertManagerLinks } from './cemeteries.repository';

/** A new cemetery of a region: the row and its audit entry, one transaction. */
export async function createCemeteryCommand(
  handle: Db,
  row: { name: string; region_code: string; address: string | null },
  who: Pick<Who, 'actor' | 'ip'> | { actor: null; ip: null },
): Promise<number> {
  return handle.db.transaction().execute(async (trx) => {
    const id = await insertCemetery(trx, { ...row, created_at: new Date().toISOString() });
    await recordAudit(trx, handle.store, {
      actor: who.actor,
      action: 'cemetery.create',
      entity: 'cemetery',
      entityId: id,
      regionCode: row.region_code,
      summary: row,
      ip: who.ip,
    });
    return id;
  });
}

/**
 * Links a new account to its cemeteries in the account's own transaction (the users module calls it when
 * it creates a user). A cemetery manager must have at least one, each inside the account's region; other
 * roles take none. Throws a field error, which rolls the account back.
 */
export async function linkCemeteryManager(
  trx: Kysely<Database>,
  user: { id: number; role: string; regionCode: string },
  cemeteryIds: readonly number[] | undefined,
  opts: { required: boolean },
): Promise<void> {
  const ids = [...new Set(cemeteryIds ?? [])];
  if (user.role !== 'pengelola_makam') {
    if (ids.length > 0) throw burialErrors.cemeteryOutsideRegion();
    return;
  }
  if (ids.length === 0) {
    if (opts.required) throw burialErrors.cemeteryRequired();
    return;
  }
  const found = await cemeteryRegions(trx, ids);
  if (found.length !== ids.length || found.some((c) => !isWithinScope(user.regionCode, c.region_code)))
    throw burialErrors.cemeteryOutsideRegion();
  await insertManagerLinks(trx, user.id, ids, new Date().toISOString());
}
