import { sql } from 'kysely';
import type pg from 'pg';
import { appendAuditPg } from './audit-append';
import { applyCounterDeltasPg } from './counters-pg-bulk';
import { type EngineStore, requireTransaction } from './engine-store';
import { createPgFeed } from './pg-change-feed';
import { createPgCopy } from './pg-copy';
import { ensureProvincePartitions } from './pg-partitions';
import { findByNikPg, findSignaturesPg, insertHistoryPg, insertResidentsPg } from './residents-pg-bulk';
import { findImportDigestsPg, setImportDigestsPg } from './residents-pg-digests';
import { mergeResidentsPg } from './residents-pg-merge';
import { updateResidentsPg } from './residents-pg-update';

/** Any constant shared by every Sigap instance: the key of the audit chain's advisory lock. */
const AUDIT_CHAIN_LOCK = 727001;

/**
 * PostgreSQL: one `unnest` statement per chunk of 10,000 rows, whatever the operation, run through `sql`
 * on the caller's `trx`, so the pool hands them the transaction's own connection.
 */
export function createPostgresStore(pool: pg.Pool, url: string): EngineStore {
  const copy = createPgCopy(pool);
  return {
    engine: 'postgres',
    residents(trx) {
      requireTransaction(trx, 'residents');
      return {
        find: (niks) => findByNikPg(trx, niks),
        signatures: (niks) => findSignaturesPg(trx, niks),
        importDigests: (niks, scope) => findImportDigestsPg(trx, niks, scope),
        setImportDigests: (digests) => setImportDigestsPg(trx, digests),
        insert: (rows) => insertResidentsPg(trx, rows),
        update: (changes) => updateResidentsPg(trx, changes),
        insertHistory: (rows) => insertHistoryPg(trx, rows),
        merge: (rows, meta) => mergeResidentsPg(trx, rows, meta, copy),
      };
    },
    async applyCounterDeltas(trx, deltas) {
      requireTransaction(trx, 'applyCounterDeltas');
      await applyCounterDeltasPg(trx, deltas);
    },
    prepareProvinces: (db, provinces) => ensureProvincePartitions(db, 'residents', 'village_code', provinces),
    async appendAuditEntry(trx, entry) {
      // The lock is held until `trx` ends, so the next appender reads this one's entry as its predecessor.
      requireTransaction(trx, 'appendAuditEntry');
      return appendAuditPg(trx, entry, AUDIT_CHAIN_LOCK);
    },
    skipLockedRows: (query) => query.forUpdate().skipLocked(),
    lockRows: (query) => query.forUpdate(),
    utcDay: (column) => sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD')`,
    importBatchRows: 20_000,
    appliedBatchRows: 5_000,
    shortWrite: (db, work) => (db.isTransaction ? work(db) : db.transaction().execute(work)),
    sharedConnectionCommitMs: undefined,
    feed: createPgFeed(pool, url),
  };
}
