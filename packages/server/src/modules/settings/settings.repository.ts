import type { Kysely } from 'kysely';
import type { Database, SettingsTable } from '../../db/schema';

export type SettingRow = SettingsTable;

/** Stored rows of one key (or all keys) at the given scopes. */
export async function findSettingRows(
  db: Kysely<Database>,
  scopes: readonly string[],
  key?: string,
): Promise<SettingRow[]> {
  if (scopes.length === 0) return [];
  let q = db.selectFrom('settings').selectAll().where('scope_code', 'in', scopes);
  if (key !== undefined) q = q.where('key', '=', key);
  return q.execute();
}

/** Inserts or replaces one value; the same statement on both engines. */
export async function upsertSettingRow(db: Kysely<Database>, row: SettingRow): Promise<void> {
  await db
    .insertInto('settings')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['scope_code', 'key']).doUpdateSet({
        value: row.value,
        updated_at: row.updated_at,
        updated_by: row.updated_by,
      }),
    )
    .execute();
}
