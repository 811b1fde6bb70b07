import type SqliteDatabase from 'better-sqlite3';
import type { Insertable } from 'kysely';
import { DATA_COLUMNS, type ResidentData } from '../../modules/residents/resident-row';
import type { ResidentUpdate } from '../../modules/residents/resident-write.types';
import type { NewResidentRow, ResidentHistoryTable, ResidentRow } from '../schema';
import type { StoredDigest } from './engine-store';

/**
 * SQLite's native bulk path (DESIGN.md "a hot path may use an engine's native bulk path"): prepared
 * statements run row by row inside the caller's transaction, which on SQLite is the same connection that
 * Kysely opened the transaction on. It skips building one big SQL text per chunk, which is most of the
 * cost of an import on SQLite.
 */
type Statements = {
  insertResident: SqliteDatabase.Statement;
  insertHistory: SqliteDatabase.Statement;
  lookups: Map<number, SqliteDatabase.Statement>;
  /** Update statements by the set of columns they write. */
  updates: Map<string, SqliteDatabase.Statement>;
};

/** Every stored column of a new resident: the data columns plus the derived and bookkeeping ones. */
const RESIDENT_COLUMNS = [
  ...DATA_COLUMNS,
  'name_search',
  'import_digest',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof NewResidentRow)[];

const HISTORY_COLUMNS = [
  'resident_id',
  'field',
  'from_value',
  'to_value',
  'event_date',
  'recorded_at',
  'source',
  'user_id',
  'import_job_id',
  'document_no',
  'note',
] as const satisfies readonly (keyof Insertable<ResidentHistoryTable>)[];

const cache = new WeakMap<SqliteDatabase.Database, Statements>();

function statements(db: SqliteDatabase.Database): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      insertResident: db.prepare(
        `insert into residents (${RESIDENT_COLUMNS.join(',')}) values (${RESIDENT_COLUMNS.map(() => '?').join(',')})`,
      ),
      insertHistory: db.prepare(
        `insert into resident_history (${HISTORY_COLUMNS.join(',')}) values (${HISTORY_COLUMNS.map(() => '?').join(',')})`,
      ),
      lookups: new Map(),
      updates: new Map(),
    };
    cache.set(db, s);
  }
  return s;
}

const LOOKUP_CHUNK = 500;

const signatureStatements = new WeakMap<SqliteDatabase.Database, SqliteDatabase.Statement>();

/** `dataSignature` of the stored residents among `niks`, computed in SQL; one statement per batch. */
export function findSignaturesSqlite(
  db: SqliteDatabase.Database,
  niks: readonly string[],
): Map<string, string> {
  let stmt = signatureStatements.get(db);
  if (!stmt) {
    const columns = DATA_COLUMNS.map((c) => `ifnull('v' || r.${c}, '')`).join(' || char(31) || ');
    // json_each drives the join, so each NIK is one probe of the unique index.
    stmt = db.prepare(
      `select r.nik as nik, ${columns} as sig from json_each(?) j join residents r on r.nik = j.value`,
    );
    signatureStatements.set(db, stmt);
  }
  const out = new Map<string, string>();
  for (const r of stmt.all(JSON.stringify(niks)) as { nik: string; sig: string }[]) out.set(r.nik, r.sig);
  return out;
}

const digestStatements = new WeakMap<
  SqliteDatabase.Database,
  { read: SqliteDatabase.Statement; write: SqliteDatabase.Statement }
>();

function digestStatementsOf(db: SqliteDatabase.Database) {
  let s = digestStatements.get(db);
  if (!s) {
    s = {
      // Raw rows (arrays), not objects: an import reads one per row of the file.
      read: db
        .prepare(
          `select r.nik, r.village_code, r.import_digest from json_each(?) j
           join residents r on r.nik = j.value where r.import_digest is not null`,
        )
        .raw(),
      write: db.prepare('update residents set import_digest = ? where nik = ?'),
    };
    digestStatements.set(db, s);
  }
  return s;
}

export function findImportDigestsSqlite(
  db: SqliteDatabase.Database,
  niks: readonly string[],
): Map<string, StoredDigest> {
  const out = new Map<string, StoredDigest>();
  const rows = digestStatementsOf(db).read.all(JSON.stringify(niks)) as [string, string, string][];
  for (const [nik, village, digest] of rows) out.set(nik, { village, digest });
  return out;
}

export function setImportDigestsSqlite(
  db: SqliteDatabase.Database,
  digests: readonly { nik: string; digest: string }[],
): void {
  const stmt = digestStatementsOf(db).write;
  for (const d of digests) stmt.run(d.digest, d.nik);
}

export function findByNikSqlite(
  db: SqliteDatabase.Database,
  niks: readonly string[],
): Map<string, ResidentRow> {
  const s = statements(db);
  const out = new Map<string, ResidentRow>();
  for (let i = 0; i < niks.length; i += LOOKUP_CHUNK) {
    const chunk = niks.slice(i, i + LOOKUP_CHUNK);
    let stmt = s.lookups.get(chunk.length);
    if (!stmt) {
      stmt = db.prepare(`select * from residents where nik in (${chunk.map(() => '?').join(',')})`);
      s.lookups.set(chunk.length, stmt);
    }
    for (const r of stmt.all(...chunk) as ResidentRow[]) out.set(r.nik, r);
  }
  return out;
}

export function insertResidentsSqlite(
  db: SqliteDatabase.Database,
  rows: readonly NewResidentRow[],
): Map<string, number> {
  const stmt = statements(db).insertResident;
  const ids = new Map<string, number>();
  // One argument array for every row: an import binds millions of rows, and a fresh array each is garbage.
  const args: unknown[] = new Array(RESIDENT_COLUMNS.length);
  for (const row of rows) {
    for (let i = 0; i < RESIDENT_COLUMNS.length; i++)
      args[i] = row[RESIDENT_COLUMNS[i] as keyof NewResidentRow] ?? null;
    const info = stmt.run(...args);
    ids.set(row.nik, Number(info.lastInsertRowid));
  }
  return ids;
}

export function insertHistorySqlite(
  db: SqliteDatabase.Database,
  rows: readonly Insertable<ResidentHistoryTable>[],
): void {
  const stmt = statements(db).insertHistory;
  const args: unknown[] = new Array(HISTORY_COLUMNS.length);
  for (const row of rows) {
    for (let i = 0; i < HISTORY_COLUMNS.length; i++) {
      args[i] = row[HISTORY_COLUMNS[i] as (typeof HISTORY_COLUMNS)[number]] ?? null;
    }
    stmt.run(...args);
  }
}

/**
 * Writes each changed resident's changed columns (plus `name_search` with `full_name`, the import digest
 * of the state written, and `updated_at`).
 * One prepared statement per distinct set of columns: an import repeats a few sets many times, and writing
 * only what changed keeps SQLite from rewriting the entries of indexes whose columns did not move.
 */
export function updateResidentsSqlite(db: SqliteDatabase.Database, changes: readonly ResidentUpdate[]): void {
  const s = statements(db);
  for (const c of changes) {
    const columns: (keyof ResidentData)[] = [...c.columns];
    if (columns.includes('full_name') && !columns.includes('name_search')) columns.push('name_search');
    const key = columns.join(',');
    let stmt = s.updates.get(key);
    if (!stmt) {
      const set = [...columns, 'import_digest', 'updated_at'].map((col) => `${col} = ?`).join(', ');
      stmt = db.prepare(`update residents set ${set} where id = ?`);
      s.updates.set(key, stmt);
    }
    // The digest is always written: a state no import row produced must not keep the one before it.
    stmt.run(
      ...columns.map((col) => c.after[col] ?? null),
      c.after.import_digest ?? null,
      c.updated_at,
      c.id,
    );
  }
}
