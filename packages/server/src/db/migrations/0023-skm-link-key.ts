import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { timestampType } from '../column-types';
import type { Engine } from '../connect';

/**
 * The key of the SKM survey links (issue 12): a link is the ticket id and an HMAC of it under this key, so
 * it cannot be guessed or forged and needs no row of its own until it is answered. Kept in the database,
 * not in a file of one server, so every instance on a shared database accepts the links any instance made.
 * Whoever can read this table can already write survey answers directly, so it protects nothing more
 * there. Made once per database, here.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('skm_link_keys')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', timestampType(engine), (c) => c.notNull())
    .execute();
  const secret = randomBytes(32).toString('base64url');
  await sql`insert into skm_link_keys (id, secret, created_at) values (1, ${secret}, ${new Date().toISOString()})`.execute(
    db,
  );
}
