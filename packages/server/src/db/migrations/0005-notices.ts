import type { Kysely } from 'kysely';
import { timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * In-app notices to users: security alerts for admins (login sprays, unusual reading volume) and notes to
 * a user about actions taken on their account. One row per recipient, so each reads them on their own.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withIdColumn(db.schema.createTable('notices'), engine)
    .addColumn('user_id', engine === 'postgres' ? 'bigint' : 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('message_en', 'text', (c) => c.notNull())
    /** JSON with what the notice is about (counts, the username involved); never a secret. */
    .addColumn('data', 'text', (c) => c.notNull())
    /** Notices of one kind about one subject within a window share a key, so a storm makes one notice. */
    .addColumn('dedupe_key', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('read_at', ts)
    .execute();
  await db.schema.createIndex('notices_user_idx').on('notices').columns(['user_id', 'id']).execute();
  await db.schema
    .createIndex('notices_dedupe_idx')
    .on('notices')
    .columns(['user_id', 'dedupe_key'])
    .unique()
    .execute();
}
