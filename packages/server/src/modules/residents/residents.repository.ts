import type { Kysely } from 'kysely';
import type { Database, ResidentRow } from '../../db/schema';

/** Whether any resident is stored at all. */
export async function anyResidentStored(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('residents').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function findResidentById(db: Kysely<Database>, id: number): Promise<ResidentRow | undefined> {
  return db.selectFrom('residents').selectAll().where('id', '=', id).executeTakeFirst();
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
