import type { Insertable, Kysely, RawBuilder, Selectable, SelectQueryBuilder } from 'kysely';
import type { CounterDeltas } from '../../modules/counters/counter-deltas';
import type {
  MergeMeta,
  MergeOutcome,
  MergeRow,
  ResidentUpdate,
} from '../../modules/residents/resident-write.types';
import type { Engine } from '../connect';
import type { AuditLogTable, Database, NewResidentRow, ResidentHistoryTable, ResidentRow } from '../schema';
import type { ChangeFeed } from './change-feed';

/**
 * The resident reads and writes of the one write path, on the engine's bulk path: prepared statements on
 * SQLite, `unnest` array statements on PostgreSQL (DESIGN.md "a hot path may use an engine's native bulk
 * path"). The portable Kysely version of the same operations is the test oracle
 * (`test/oracle/portable-oracle.ts`); production code never uses it.
 */
export interface ResidentBulk {
  find(niks: readonly string[]): Promise<Map<string, ResidentRow>>;
  /** `dataSignature` (resident-row.ts) of the stored rows among `niks`, computed in SQL. */
  signatures(niks: readonly string[]): Promise<Map<string, string>>;
  /**
   * The import digest (residents.import_digest) and village of the stored rows among `niks` that hold one
   * and lie within `scope` (an engine may answer rows outside it too; the caller checks the village): what
   * an import needs to skip a row it has already applied without parsing it (imports/line-digest.ts).
   */
  importDigests(niks: readonly string[], scope: string): Promise<Map<string, StoredDigest>>;
  /** Sets the import digest of residents whose stored data an import row was found equal to. */
  setImportDigests(digests: readonly { nik: string; digest: string }[]): Promise<void>;
  /** Inserts rows and returns their ids by NIK. */
  insert(rows: readonly NewResidentRow[]): Promise<Map<string, number>>;
  /** Writes each change's `columns` only (with `name_search` when `full_name` moves) and `updated_at`. */
  update(changes: readonly ResidentUpdate[]): Promise<void>;
  insertHistory(rows: readonly Insertable<ResidentHistoryTable>[]): Promise<void>;
  /**
   * Where the engine has a set-based path (PostgreSQL): counts the rows equal to the stored ones, inserts
   * the new ones with their `created` history and counters, and hands back the NIKs stored with other data
   * for the row-by-row path. Absent on SQLite, whose row-by-row statements are in-process calls already.
   */
  merge?(rows: readonly MergeRow[], meta: MergeMeta): Promise<MergeOutcome>;
}

export interface StoredDigest {
  village: string;
  digest: string;
}

/**
 * Every difference between the engines, behind one interface (the idea of Kysely's dialect adapter): one
 * implementation per engine (`sqlite-store.ts`, `postgres-store.ts`), chosen once by `openDatabase` and
 * carried by the `Db` handle as `store`. Services and repositories call it and never branch on the engine
 * or see a driver handle; a rule test (`test/platform/engine-seam.test.ts`) keeps it that way.
 *
 * The methods that take `trx` run on that transaction's connection and refuse to run outside a
 * transaction: on SQLite the bulk path uses the raw connection, which is only safe while Kysely holds it
 * for this caller (otherwise the statements would land in whatever transaction another caller has open).
 */
/** An audit entry to append: its columns and how its hash links it to the previous entry. */
export interface AuditAppend {
  row: Omit<Selectable<AuditLogTable>, 'id' | 'prev_hash' | 'hash'>;
  /** The hash of the entry after `prevHash` (sha256 of `prevHash`, a newline and `canonical`, hex). */
  hashOf(prevHash: string): string;
  /** The row's fields as the hash reads them. */
  canonical: string;
  /** The first entry's predecessor. */
  genesis: string;
}

export interface EngineStore {
  readonly engine: Engine;
  /** The resident bulk operations of `trx`. */
  residents(trx: Kysely<Database>): ResidentBulk;
  /** Adds the deltas to both counter tables in `trx` and deletes the rows that reach zero. */
  applyCounterDeltas(trx: Kysely<Database>, deltas: CounterDeltas): Promise<void>;
  /**
   * Makes room for the residents of these provinces before their regions are loaded: a partition of
   * residents for each on PostgreSQL (migration 0039, pg-partitions.ts); nothing on SQLite, whose tables
   * are whole.
   */
  prepareProvinces(db: Kysely<Database>, provinces: readonly string[]): Promise<void>;
  /**
   * Appends one entry to the audit chain in `trx`, linked to the last entry, and answers its id.
   * Appenders are serialised until `trx` ends, so two writers never link to the same predecessor: an
   * advisory lock on PostgreSQL (several instances may share the database), taken, read and inserted in
   * one round trip, since every audited write waits for that lock while it is held; nothing on SQLite,
   * whose one writer already serialises them.
   */
  appendAuditEntry(trx: Kysely<Database>, entry: AuditAppend): Promise<number>;
  /**
   * The inner select of a claim (jobs): rows another claimer holds are skipped instead of waited for
   * (`FOR UPDATE SKIP LOCKED` on PostgreSQL). SQLite's claim statement is atomic as it is.
   */
  skipLockedRows<DB, TB extends keyof DB, O>(
    query: SelectQueryBuilder<DB, TB, O>,
  ): SelectQueryBuilder<DB, TB, O>;
  /**
   * The rows a writer reads and then changes, locked until its transaction ends (`FOR UPDATE` on
   * PostgreSQL: the stock ledger's balance row). SQLite's one writer already serialises the transaction.
   */
  lockRows<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  /**
   * The UTC calendar day ('YYYY-MM-DD' text) of a timestamp column, for ordering in SQL: SQLite keeps ISO
   * text (its first ten characters), PostgreSQL a timestamptz (formatted in UTC, not the session's zone).
   */
  utcDay(column: string): RawBuilder<string>;
  /**
   * Runs a short write command (a booking's hold or confirmation, a call of the next ticket: a few rows,
   * no waiting on anything but the database) in a transaction, and answers once it is committed. SQLite
   * commits such writes that arrive together in one transaction, each in a savepoint of its own
   * (sqlite-write-group.ts); PostgreSQL gives each a transaction of its own (its commits are grouped by
   * the server). Inside a transaction already, `work` runs in it.
   */
  shortWrite<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /**
   * How long a background write in the server may keep its transaction open, when every request shares
   * the one connection it holds (SQLite); undefined where requests have connections of their own.
   */
  readonly sharedConnectionCommitMs: number | undefined;
  /**
   * Rows per batch of an import: 5,000 on SQLite; 20,000 on PostgreSQL, whose set-based merge pays a few
   * round trips per batch and sums more counter rows per key in a larger one (measured on 200,000 rows:
   * about a third faster than 5,000), at about 60 MB more peak memory.
   */
  readonly importBatchRows: number;
  /**
   * Rows per batch while an import repeats rows applied before (imports/line-digest.ts): they are only
   * digested and looked up. 1,000 on SQLite, where holding fewer rows across the young generation's
   * collections halved a re-import's scavenges; 5,000 on PostgreSQL, where each batch also pays its round
   * trips (the lease, the lookup, the checkpoint: 1,000-row batches left Node idle for half a re-import).
   */
  readonly appliedBatchRows: number;
  /**
   * Notices that a change committed, to every Sigap process on this database (the live display): an
   * in-process emitter on SQLite, LISTEN/NOTIFY on a dedicated connection on PostgreSQL.
   */
  readonly feed: ChangeFeed;
}

/** Throws unless `trx` is a transaction (see EngineStore on why the bulk paths need one). */
export function requireTransaction(trx: Kysely<Database>, operation: string): void {
  if (!trx.isTransaction) {
    throw new Error(
      `${operation} must run inside a transaction (the engine's bulk path uses its connection)`,
    );
  }
}
