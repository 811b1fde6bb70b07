import type { Kysely } from 'kysely';
import { timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * Signed checkpoints of the audit chain. The chain alone can be rewritten from its last row by anyone who
 * can write the database; a checkpoint signed with a key kept outside the database pins the entry count
 * and hash at one entry, so a truncated or recomputed tail no longer verifies.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const bigint = engine === 'postgres' ? 'bigint' : 'integer';
  await withIdColumn(db.schema.createTable('audit_checkpoints'), engine)
    .addColumn('at', timestampType(engine), (c) => c.notNull())
    .addColumn('last_entry_id', bigint, (c) => c.notNull())
    .addColumn('last_entry_hash', 'text', (c) => c.notNull())
    .addColumn('entry_count', bigint, (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    /** Ed25519 over the canonical string of the fields above (base64). */
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
  // Several instances may checkpoint at once: the first to cover an entry wins, the others do nothing.
  await db.schema
    .createIndex('audit_checkpoints_last_entry_idx')
    .on('audit_checkpoints')
    .column('last_entry_id')
    .unique()
    .execute();
}
