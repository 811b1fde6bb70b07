import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { Database } from '../../db/schema';
import { findSettingRows, type SettingRow, settingsVersion } from './settings.repository';

type Cached = { version: number; rows: SettingRow[] };

/** Per database (its Kysely adapter, which a transaction shares): tests open many in one process. */
const byDatabase = new WeakMap<object, LRUCache<string, Cached>>();

/**
 * The stored rows of one key at the given scopes, reused while `settings_version` has not moved. The
 * booking rules are read on every hold and confirmation at four scopes; the version is one row by its
 * key, and any change to `settings` raises it in the changing transaction (trigger), so the next read on
 * any instance sees the change, as a direct read would. The version is read first: rows read after it
 * are at least as new, so newer rows may be kept under an older number, never older rows under a newer.
 * Inside a transaction the rows are read directly: its own uncommitted change would otherwise be kept
 * under a number that a rollback gives to another change.
 */
export async function cachedSettingRows(
  db: Kysely<Database>,
  scopes: readonly string[],
  key: string,
): Promise<SettingRow[]> {
  if (db.isTransaction) return findSettingRows(db, scopes, key);
  const version = await settingsVersion(db);
  const adapter = db.getExecutor().adapter;
  let cache = byDatabase.get(adapter);
  if (!cache) {
    cache = new LRUCache<string, Cached>({ max: 2000 });
    byDatabase.set(adapter, cache);
  }
  const cacheKey = `${key}\u0000${scopes.join(',')}`;
  const hit = cache.get(cacheKey);
  if (hit?.version === version) return hit.rows;
  const rows = await findSettingRows(db, scopes, key);
  cache.set(cacheKey, { version, rows });
  return rows;
}
