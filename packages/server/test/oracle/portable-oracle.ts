import type { Insertable, Kysely } from 'kysely';
import type { EngineStore, ResidentBulk } from '../../src/db/engine/engine-store';
import type { Database, NewResidentRow, ResidentHistoryTable, ResidentRow } from '../../src/db/schema';
import { dataSignature, type ResidentData } from '../../src/modules/residents/resident-row';
import type { ResidentUpdate } from '../../src/modules/residents/resident-write.types';
import { applyCounterDeltasPortable } from './portable-counters';

/**
 * The test oracle of the engine stores: the resident and counter operations of `EngineStore` as plain,
 * portable Kysely queries (row-by-row updates, multi-row VALUES inserts) and the signature computed in
 * TypeScript from the stored row, with no engine-specific SQL and no driver handle. It is slow and
 * obviously right; tests run the same writes through each engine's store and through this and compare.
 * Production code never imports it (test/platform/engine-seam.test.ts).
 */

const LOOKUP_CHUNK = 500;
// Chunks stay under SQLite's 32,766 bound parameters (27 columns × 1,000; 9 × 3,000).
const INSERT_CHUNK = 1000;
const HISTORY_CHUNK = 3000;

/** `store` with its resident and counter operations replaced by the portable oracle. */
export function portableOracle(store: EngineStore): EngineStore {
  return {
    ...store,
    residents: portableResidents,
    applyCounterDeltas: (trx, deltas) => applyCounterDeltasPortable(trx, deltas),
  };
}

export function portableResidents(trx: Kysely<Database>): ResidentBulk {
  const find = (niks: readonly string[]) => findResidentsByNik(trx, niks);
  return {
    find,
    signatures: async (niks) => {
      const out = new Map<string, string>();
      for (const [nik, row] of await find(niks)) out.set(nik, dataSignature(row));
      return out;
    },
    importDigests: async (niks) => {
      const out = new Map<string, { village: string; digest: string }>();
      for (const [nik, row] of await find(niks))
        if (row.import_digest !== null)
          out.set(nik, { village: row.village_code, digest: row.import_digest });
      return out;
    },
    setImportDigests: async (digests) => {
      for (const d of digests)
        await trx
          .updateTable('residents')
          .set({ import_digest: d.digest })
          .where('nik', '=', d.nik)
          .execute();
    },
    insert: (rows) => insertResidents(trx, rows),
    update: (changes) => updateResidents(trx, changes),
    insertHistory: (rows) => insertHistory(trx, rows),
  };
}

async function findResidentsByNik(
  db: Kysely<Database>,
  niks: readonly string[],
): Promise<Map<string, ResidentRow>> {
  const out = new Map<string, ResidentRow>();
  for (let i = 0; i < niks.length; i += LOOKUP_CHUNK) {
    const rows = await db
      .selectFrom('residents')
      .selectAll()
      .where('nik', 'in', niks.slice(i, i + LOOKUP_CHUNK))
      .execute();
    for (const r of rows) out.set(r.nik, r);
  }
  return out;
}

async function insertResidents(
  db: Kysely<Database>,
  rows: readonly NewResidentRow[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const inserted = await db
      .insertInto('residents')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .returning(['id', 'nik'])
      .execute();
    for (const r of inserted) ids.set(r.nik, r.id);
  }
  return ids;
}

/** One UPDATE per resident, setting only its changed columns (and `name_search` with `full_name`). */
async function updateResidents(db: Kysely<Database>, changes: readonly ResidentUpdate[]): Promise<void> {
  for (const c of changes) {
    const set: Partial<Record<keyof ResidentData, unknown>> = {};
    for (const column of c.columns) set[column] = c.after[column];
    if (c.columns.includes('full_name')) set.name_search = c.after.name_search;
    await db
      .updateTable('residents')
      .set({
        ...(set as Partial<ResidentData>),
        import_digest: c.after.import_digest ?? null,
        updated_at: c.updated_at,
      })
      .where('id', '=', c.id)
      .execute();
  }
}

async function insertHistory(
  db: Kysely<Database>,
  rows: readonly Insertable<ResidentHistoryTable>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += HISTORY_CHUNK) {
    await db
      .insertInto('resident_history')
      .values(rows.slice(i, i + HISTORY_CHUNK))
      .execute();
  }
}
