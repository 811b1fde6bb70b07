import type SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { sqliteAuditAppender } from './audit-append';
import { createInProcessFeed } from './change-feed';
import { applyCounterDeltasSqlite } from './counters-sqlite-bulk';
import { type EngineStore, type ResidentBulk, requireTransaction } from './engine-store';
import {
  findByNikSqlite,
  findImportDigestsSqlite,
  findSignaturesSqlite,
  insertHistorySqlite,
  insertResidentsSqlite,
  setImportDigestsSqlite,
  updateResidentsSqlite,
} from './residents-sqlite-bulk';
import { SqliteWriteGroups } from './sqlite-write-group';

/**
 * In the server, a long write on SQLite shares the one connection with every request, which waits while
 * the transaction is open: commit at least every half second, so pages stay responsive during a big
 * import. (The CLI has a connection of its own, and WAL lets it write while the server reads.)
 */
const SHARED_CONNECTION_COMMIT_MS = 500;

/**
 * SQLite: prepared statements on the raw connection. Kysely's SQLite dialect has this one connection and
 * runs a transaction on it while holding it for its caller, so inside `trx` the raw statements are part of
 * that transaction; `requireTransaction` refuses the calls that would run outside one.
 */
export function createSqliteStore(sqlite: SqliteDatabase.Database): EngineStore {
  const residents: ResidentBulk = {
    find: async (niks) => findByNikSqlite(sqlite, niks),
    signatures: async (niks) => findSignaturesSqlite(sqlite, niks),
    importDigests: async (niks) => findImportDigestsSqlite(sqlite, niks),
    setImportDigests: async (digests) => setImportDigestsSqlite(sqlite, digests),
    insert: async (rows) => insertResidentsSqlite(sqlite, rows),
    update: async (changes) => updateResidentsSqlite(sqlite, changes),
    insertHistory: async (rows) => insertHistorySqlite(sqlite, rows),
  };
  const appendAudit = sqliteAuditAppender(sqlite);
  const groups = new SqliteWriteGroups();
  return {
    engine: 'sqlite',
    residents(trx) {
      requireTransaction(trx, 'residents');
      return residents;
    },
    async applyCounterDeltas(trx, deltas) {
      requireTransaction(trx, 'applyCounterDeltas');
      applyCounterDeltasSqlite(sqlite, deltas);
    },
    prepareProvinces: async () => {},
    async appendAuditEntry(trx, entry) {
      // One writer at a time: appenders of the audit chain are serialised already. The check still holds
      // SQLite callers to the transaction PostgreSQL needs, so a forgotten one fails on both engines.
      requireTransaction(trx, 'appendAuditEntry');
      return appendAudit(entry);
    },
    skipLockedRows: (query) => query,
    lockRows: (query) => query,
    utcDay: (column) => sql<string>`substr(${sql.ref(column)}, 1, 10)`,
    importBatchRows: 5_000,
    appliedBatchRows: 1_000,
    shortWrite: (db, work) => groups.run(db, work),
    sharedConnectionCommitMs: SHARED_CONNECTION_COMMIT_MS,
    feed: createInProcessFeed(),
  };
}
