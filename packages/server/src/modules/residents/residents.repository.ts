import type { Insertable, Kysely, Updateable } from 'kysely';
import type {
  Database,
  NewResidentRow,
  ResidentHistoryTable,
  ResidentRow,
  ResidentsTable,
} from '../../db/schema';

const LOOKUP_CHUNK = 500;
// Chunks stay under SQLite's 32,766 bound parameters (27 columns × 1,000; 9 × 3,000) while cutting
// round trips on PostgreSQL.
const INSERT_CHUNK = 1000;
const HISTORY_CHUNK = 3000;

export async function findResidentsByNik(
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

/** Whether any resident is stored at all. */
export async function anyResidentStored(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('residents').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function findResidentById(db: Kysely<Database>, id: number): Promise<ResidentRow | undefined> {
  return db.selectFrom('residents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts rows and returns their ids by NIK. */
export async function insertResidents(
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

export async function updateResident(
  db: Kysely<Database>,
  id: number,
  set: Updateable<ResidentsTable>,
): Promise<void> {
  await db.updateTable('residents').set(set).where('id', '=', id).execute();
}

export async function insertHistory(
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

export async function listHistory(db: Kysely<Database>, residentId: number) {
  return db
    .selectFrom('resident_history')
    .leftJoin('users', 'users.id', 'resident_history.user_id')
    .selectAll('resident_history')
    .select('users.username')
    .where('resident_id', '=', residentId)
    .orderBy('resident_history.id')
    .execute();
}
