import type { Kysely } from 'kysely';
import { timestampType } from '../column-types';
import type { Engine } from '../connect';

/**
 * Answers to writes sent with an `Idempotency-Key`, so that a phone or a public page that retries after a
 * lost answer gets the first answer again instead of writing twice. Keyed by who sent it and the key.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await db.schema
    .createTable('idempotency_keys')
    /** `user:<id>` for a session, `anon` for public pages (the key is a random UUID, so it is the secret). */
    .addColumn('principal', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    /** SHA-256 of the request body: the same key with another body is a client bug, refused. */
    .addColumn('request_hash', 'text', (c) => c.notNull())
    /** Null while the first request is still running. */
    .addColumn('status_code', 'integer')
    .addColumn('content_type', 'text')
    .addColumn('response_body', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('completed_at', ts)
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['principal', 'key'])
    .execute();
  await db.schema
    .createIndex('idempotency_keys_created_idx')
    .on('idempotency_keys')
    .column('created_at')
    .execute();
}
