import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import { type Param, preparedQuery } from './prepared-query';
import type { Database } from './schema';

/**
 * The families of rarely changed rows whose changes raise their number in `cache_versions`, by the row's
 * fixed id (migration 0043 makes the rows and the triggers).
 */
const FAMILY_IDS = { settings: 1, service_points: 2 } as const;
export type CacheFamily = keyof typeof FAMILY_IDS;

const versionStatement = preparedQuery((db, param: Param<{ id: number }>) =>
  db.selectFrom('cache_versions').select('version').where('id', '=', param('id')),
);

type Kept = { version: number; value: unknown };

/** Kept values are shared by every caller: frozen, so a caller that changed one would fail at once. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Per database (its Kysely adapter, which a transaction shares): tests open many in one process. */
const byDatabase = new WeakMap<object, LRUCache<string, Kept>>();

/**
 * `read()` of a family's rows, reused while the family's number has not moved. Any change to its tables
 * raises the number in the changing transaction (trigger), so the next read on any instance sees the
 * change, as a direct read would. The number is read first: what `read` finds after it is at least as
 * new, so newer rows may be kept under an older number, never older rows under a newer. Inside a
 * transaction `read` runs directly: its own uncommitted change would otherwise be kept under a number
 * that a rollback gives to another change. What is kept is shared by every caller, and frozen.
 */
export async function readThroughVersion<T>(
  db: Kysely<Database>,
  family: CacheFamily,
  key: string,
  read: () => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return read();
  const row = (await db.executeQuery(versionStatement(db, { id: FAMILY_IDS[family] }))).rows[0];
  if (!row) throw new Error(`cache_versions has no ${family} row`);
  const version = Number(row.version);
  const adapter = db.getExecutor().adapter;
  let cache = byDatabase.get(adapter);
  if (!cache) {
    cache = new LRUCache<string, Kept>({ max: 5000 });
    byDatabase.set(adapter, cache);
  }
  const cacheKey = `${family}\u0000${key}`;
  const hit = cache.get(cacheKey);
  if (hit?.version === version) return hit.value as T;
  const value = deepFreeze(await read());
  cache.set(cacheKey, { version, value });
  return value;
}
