import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';
import { LRUCache } from 'lru-cache';

/** Distinct SQL texts kept prepared: every query the modules build, with room to spare. */
const CACHED_STATEMENTS = 1000;

/**
 * The SQLite connection as Kysely sees it, with its statements prepared once. Kysely prepares every query
 * again; a CPU profile of call-next with 20 counters put about 15 % of the server's time in `prepare`
 * (session 7's note). A statement still being iterated by a streamed query is `busy`: a second use of the
 * same SQL meanwhile gets a fresh statement of its own. SQLite re-prepares a cached statement by itself
 * after a schema change (migrations), so the cache never needs clearing.
 */
export function withStatementCache(db: SqliteDatabase.Database): KyselySqliteDatabase {
  const cache = new LRUCache<string, SqliteDatabase.Statement>({ max: CACHED_STATEMENTS });
  return {
    prepare(sql: string) {
      const hit = cache.get(sql);
      if (hit && !hit.busy) return hit;
      const statement = db.prepare(sql);
      if (!hit) cache.set(sql, statement);
      return statement;
    },
    close() {
      cache.clear();
      db.close();
    },
  };
}
