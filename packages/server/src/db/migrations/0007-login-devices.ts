import type { Kysely } from 'kysely';
import { timestampType } from '../column-types';
import type { Engine } from '../connect';

/**
 * Login throttling without lock-out (issue 9). A browser that has logged in successfully gets a device
 * cookie; its token's hash is kept here, so that the real user's next login is judged on that device's
 * own failures and not on the failures an attacker causes from elsewhere (OWASP "device cookies").
 * Failures made from such a device carry its hash, so they do not slow down anyone else.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await db.schema
    .createTable('login_devices')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('last_used_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_devices_used_idx').on('login_devices').column('last_used_at').execute();

  await db.schema.alterTable('login_failures').addColumn('device_hash', 'text').execute();
  await db.schema
    .createIndex('login_failures_pair_idx')
    .on('login_failures')
    .columns(['username', 'ip', 'at'])
    .execute();
}
