import type { Kysely } from 'kysely';
import type { Engine } from '../connect';

/**
 * Issue 11: a user account names its holder as the office does, with the civil servant number (NIP, 18
 * digits, checked by the API) and the position (jabatan, up to 100 characters). Both are optional: contract
 * staff have no NIP, and existing accounts have neither until an administrator fills them in.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema.alterTable('users').addColumn('nip', 'text').execute();
  await db.schema.alterTable('users').addColumn('position', 'text').execute();
}
