import type { Kysely } from 'kysely';
import { type Param, preparedQuery } from '../../db/prepared-query';
import type { Database, SettingsTable } from '../../db/schema';

export type SettingRow = SettingsTable;

interface RowsQuery extends Record<string, unknown> {
  scopes: readonly string[];
  key: string | undefined;
}

/**
 * Built once per number of scopes (with or without a key): a setting is read on every booking and hold
 * (the booking rules of the point's region and its ancestors); see `preparedQuery`.
 */
const rowsStatement = preparedQuery(
  (db, param: Param<RowsQuery>, q) => {
    const scopes = q.scopes.map((_, i) => param('scopes', i));
    const rows = db.selectFrom('settings').selectAll().where('scope_code', 'in', scopes);
    return q.key === undefined ? rows : rows.where('key', '=', param('key') as string);
  },
  (q) => `${q.scopes.length} ${q.key === undefined ? 'all' : 'one'}`,
);

/** Stored rows of one key (or all keys) at the given scopes. */
export async function findSettingRows(
  db: Kysely<Database>,
  scopes: readonly string[],
  key?: string,
): Promise<SettingRow[]> {
  if (scopes.length === 0) return [];
  return (await db.executeQuery(rowsStatement(db, { scopes, key }))).rows;
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
