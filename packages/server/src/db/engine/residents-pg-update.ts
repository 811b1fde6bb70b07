import { type Kysely, sql } from 'kysely';
import { DATA_COLUMNS } from '../../modules/residents/resident-row';
import type { ResidentUpdate } from '../../modules/residents/resident-write.types';
import type { Database } from '../schema';
import { RESIDENT_TYPES, type Types, unnestRows, WRITE_CHUNK } from './residents-pg-bulk';

/** What an update rewrites: every data column but the NIK (the key the row was found by). */
const UPDATE_COLUMNS = [...DATA_COLUMNS.filter((c) => c !== 'nik'), 'name_search'] as const;

/**
 * Updates a batch of residents in one statement per chunk. Each resident has its own set of changed
 * columns, so every column takes the new value only where that row's bit in `mask` is set and keeps the
 * stored one otherwise: the statement writes exactly what one `update ... set <changed columns>` per row
 * would, so a concurrent change to another column of the same resident is not overwritten with the value
 * read at the start of the batch.
 *
 * Each row is found by its id AND the village it was read with, the partition key: PostgreSQL then prunes
 * to one province partition per row at run time instead of probing every partition's id index (a 5,000-row
 * update over 48 partitions: 430 → 77 ms, docs/scale.md). A row another transaction moved to another village
 * since it was read is not found that way; those few are updated by id alone, as before.
 */
export async function updateResidentsPg(
  trx: Kysely<Database>,
  changes: readonly ResidentUpdate[],
): Promise<void> {
  for (let i = 0; i < changes.length; i += WRITE_CHUNK) {
    const chunk = changes.slice(i, i + WRITE_CHUNK).map(updateRow);
    const found = await sql<{ id: string | number }>`
      update residents r set ${ASSIGNMENTS}, import_digest = v.import_digest, updated_at = v.updated_at
      from (${unnestRows(chunk, UPDATE_ROW_COLUMNS, UPDATE_ROW_TYPES)}) as v
      where r.id = v.id and r.village_code = v.stored_village
      returning r.id`.execute(trx);
    if (found.rows.length === chunk.length) continue;
    const updated = new Set(found.rows.map((r) => Number(r.id)));
    const moved = chunk.filter((c) => !updated.has(c.id));
    await sql`
      update residents r set ${ASSIGNMENTS}, import_digest = v.import_digest, updated_at = v.updated_at
      from (${unnestRows(moved, UPDATE_ROW_COLUMNS, UPDATE_ROW_TYPES)}) as v
      where r.id = v.id`.execute(trx);
  }
}

const COLUMN_BIT = new Map<string, number>(UPDATE_COLUMNS.map((c, i) => [c, 1 << i]));
const UPDATE_ROW_TYPES: Types = {
  ...RESIDENT_TYPES,
  id: 'bigint',
  stored_village: 'text',
  mask: 'integer',
};
// The import digest is written whatever changed: a state no import row produced must not keep the old one.
const UPDATE_ROW_COLUMNS = [
  'id',
  'stored_village',
  'mask',
  ...UPDATE_COLUMNS,
  'import_digest',
  'updated_at',
] as const;
const ASSIGNMENTS = sql.join(
  UPDATE_COLUMNS.map(
    (c) =>
      sql`${sql.ref(c)} = case when v.mask & ${sql.lit(COLUMN_BIT.get(c) as number)} <> 0 then v.${sql.ref(c)} else r.${sql.ref(c)} end`,
  ),
);

function updateRow(c: ResidentUpdate) {
  let mask = 0;
  for (const col of c.columns) mask |= COLUMN_BIT.get(col) ?? 0;
  // name_search is derived from full_name and moves with it.
  if (c.columns.includes('full_name')) mask |= COLUMN_BIT.get('name_search') as number;
  return { ...c.after, id: c.id, stored_village: c.storedVillage, mask, updated_at: c.updated_at };
}
