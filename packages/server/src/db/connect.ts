import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { ensurePrivateDir, ensurePrivateFile, makePrivateIfPresent } from '../private-files';
import type { EngineStore } from './engine/engine-store';
import { createPostgresStore } from './engine/postgres-store';
import { primaryReadSide, type ReadSide, replicaReadSide } from './engine/read-side';
import { startCheckpointer } from './engine/sqlite-checkpointer';
import { FifoSqliteDialect } from './engine/sqlite-fifo-dialect';
import { withStatementCache } from './engine/sqlite-statement-cache';
import { createSqliteStore } from './engine/sqlite-store';
import type { Database } from './schema';

export type Engine = 'sqlite' | 'postgres';

export type DatabaseTarget =
  | {
      engine: 'sqlite';
      file: string;
      /** WAL checkpoints on a thread of their own (the server and the CLI; tests open many databases). */
      checkpointThread?: boolean;
    }
  | {
      engine: 'postgres';
      url: string /** A hot standby for dashboard and report reads. */;
      readUrl?: string;
    };

/**
 * An open database: the Kysely handle and the engine's store, which holds every engine difference (bulk
 * paths, locks; see db/engine/engine-store.ts). The driver handles stay in here and in the store.
 */
export interface Db {
  db: Kysely<Database>;
  /** Which engine, for migrations' column types and for showing (health); code never branches on it. */
  engine: Engine;
  store: EngineStore;
  /** Where dashboard and report reads go: a replica when configured, else `db` (see `forReading`). */
  reads: ReadSide;
  close(): Promise<void>;
}

/** The same handle with reads sent to the read side; only for services that never write. */
export function forReading(handle: Db): Db {
  return handle.reads.db === handle.db ? handle : { ...handle, db: handle.reads.db };
}

// PostgreSQL returns bigint/count as strings and timestamps as Date; Sigap's rows use numbers and ISO
// strings on both engines, so convert once at the driver.
pg.types.setTypeParser(20, (v) => Number(v)); // int8
pg.types.setTypeParser(1700, (v) => Number(v)); // numeric
pg.types.setTypeParser(1082, (v) => v); // date stays 'YYYY-MM-DD'
pg.types.setTypeParser(1184, (v) => new Date(v).toISOString()); // timestamptz
pg.types.setTypeParser(1114, (v) => new Date(`${v}Z`).toISOString()); // timestamp

/** Opens SQLite (a file, created with its folder) or PostgreSQL. */
export function openDatabase(target: DatabaseTarget): Db {
  if (target.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection dropped by the server (a restart, a failover, a forced drop in tests) is replaced by
    // the pool on next use; without a listener the error would crash the process.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const store = createPostgresStore(pool, target.url);
    const reads = target.readUrl ? replicaReadSide(target.readUrl) : primaryReadSide(db);
    const close = () =>
      store.feed.close().then(() => Promise.all([reads.close(), db.destroy()]).then(() => {}));
    return { db, engine: 'postgres', store, reads, close };
  }
  const sqlite = openSqliteConnection(target.file);
  const db = new Kysely<Database>({
    dialect: new FifoSqliteDialect({ database: withStatementCache(sqlite) }),
  });
  const store = createSqliteStore(sqlite);
  const reads = primaryReadSide(db);
  const onDisk = target.file !== ':memory:' && target.file !== '';
  const checkpointer = target.checkpointThread && onDisk ? startCheckpointer(target.file) : undefined;
  const close = async () => {
    await checkpointer?.stop();
    await store.feed.close();
    await db.destroy();
  };
  return { db, engine: 'sqlite', store, reads, close };
}

/**
 * The SQLite connection with Sigap's settings (a file, created with its folder). Exported for the bench's
 * baseline, which must run on the same settings; everything else goes through `openDatabase`.
 */
export function openSqliteConnection(file: string): SqliteDatabase.Database {
  const onDisk = file !== ':memory:' && file !== '';
  if (onDisk) {
    ensurePrivateDir(path.dirname(file));
    ensurePrivateFile(file);
  }
  const sqlite = new SqliteDatabase(file);
  // WAL lets dashboards read while an import writes; NORMAL sync is safe with WAL and much faster.
  sqlite.pragma('journal_mode = WAL');
  // SQLite gives -wal and -shm the database file's mode; this covers files left by an older version.
  if (onDisk) makePrivateIfPresent([`${file}-wal`, `${file}-shm`]);
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // A 64 MB page cache (the default is 2 MB) keeps the upper levels of the resident and counter indexes in
  // memory during a big import; without it inserts slow down as the tables grow.
  sqlite.pragma(`cache_size = -${Number(process.env.SIGAP_SQLITE_CACHE_KB ?? 65536)}`);
  // Checkpoint the WAL every 64 MB instead of every 4 MB: a bulk import rewrites the same index pages again
  // and again, and each checkpoint copies them back into the database file.
  sqlite.pragma(`wal_autocheckpoint = ${Number(process.env.SIGAP_SQLITE_WAL_PAGES ?? 16384)}`);
  return sqlite;
}

/** A human description of where the data lives, without credentials. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.engine === 'sqlite') return `SQLite ${target.file}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
