import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** Every election, newest first: their names and dates are public announcements. */
export async function listAllElections(db: Kysely<Database>) {
  return db
    .selectFrom('elections')
    .select(['id', 'name', 'kind', 'voting_date', 'region_codes', 'target', 'demo'])
    .orderBy('voting_date', 'desc')
    .orderBy('id')
    .execute();
}
