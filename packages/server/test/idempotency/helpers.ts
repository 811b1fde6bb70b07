import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema';

/** The stored answer of an Idempotency-Key (undefined: nothing was kept under it). */
export function keyRowOf(db: Kysely<Database>, key: string) {
  return db
    .selectFrom('idempotency_keys')
    .select(['status_code', 'response_body'])
    .where('key', '=', key)
    .executeTakeFirst();
}
