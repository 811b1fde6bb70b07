import type SqliteDatabase from 'better-sqlite3';
import type { Insertable, Kysely } from 'kysely';
import type { Engine } from '../../db/connect';
import type { Database, NewResidentRow, ResidentHistoryTable, ResidentRow } from '../../db/schema';
import type { ResidentData } from './resident-row';
import type { ResidentUpdate } from './resident-write.types';
import { findResidentsByNik, insertHistory, insertResidents, updateResident } from './residents.repository';
import {
  findByNikPg,
  findSignaturesPg,
  insertHistoryPg,
  insertResidentsPg,
  updateResidentsPg,
} from './residents-pg-bulk';
import {
  findByNikSqlite,
  findSignaturesSqlite,
  insertHistorySqlite,
  insertResidentsSqlite,
  updateResidentsSqlite,
} from './residents-sqlite-bulk';

/** The resident reads and writes of one call, on the engine's bulk path. */
export interface ResidentStore {
  find(niks: readonly string[]): Promise<Map<string, ResidentRow>>;
  /** `dataSignature` of the stored rows among `niks`, where the engine can compute it in SQL. */
  signatures?(niks: readonly string[]): Promise<Map<string, string>>;
  insert(rows: readonly NewResidentRow[]): Promise<Map<string, number>>;
  update(changes: readonly ResidentUpdate[]): Promise<void>;
  insertHistory(rows: readonly Insertable<ResidentHistoryTable>[]): Promise<void>;
}

export function residentStore(
  trx: Kysely<Database>,
  engine: Engine,
  sqlite?: SqliteDatabase.Database,
): ResidentStore {
  // PostgreSQL: one unnest statement per chunk of 10,000 rows, whatever the operation (residents-pg-bulk.ts).
  if (engine === 'postgres') {
    return {
      find: (niks) => findByNikPg(trx, niks),
      signatures: (niks) => findSignaturesPg(trx, niks),
      insert: (rows) => insertResidentsPg(trx, rows),
      update: (changes) => updateResidentsPg(trx, changes),
      insertHistory: (rows) => insertHistoryPg(trx, rows),
    };
  }
  // SQLite with its raw handle: prepared statements on the transaction's own connection.
  if (sqlite) {
    return {
      find: async (niks) => findByNikSqlite(sqlite, niks),
      signatures: async (niks) => findSignaturesSqlite(sqlite, niks),
      insert: async (rows) => insertResidentsSqlite(sqlite, rows),
      update: async (changes) => updateResidentsSqlite(sqlite, changes),
      insertHistory: async (rows) => insertHistorySqlite(sqlite, rows),
    };
  }
  // SQLite without the raw handle (a caller that does not pass it): portable Kysely queries.
  return {
    find: (niks) => findResidentsByNik(trx, niks),
    insert: (rows) => insertResidents(trx, rows),
    update: async (changes) => {
      for (const c of changes) {
        await updateResident(trx, c.id, { ...pick(c.after, c.columns), updated_at: c.updated_at });
      }
    },
    insertHistory: (rows) => insertHistory(trx, rows),
  };
}

function pick(d: ResidentData, columns: readonly (keyof ResidentData)[]): Partial<ResidentData> {
  const out: Partial<Record<keyof ResidentData, unknown>> = {};
  for (const c of columns) out[c] = d[c];
  if (columns.includes('full_name')) out.name_search = d.name_search;
  return out as Partial<ResidentData>;
}
