import type { Kysely } from 'kysely';
import { timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * Background jobs (leased, retried with backoff, resumed after a kill) and the notification outbox that
 * is their first user: a message row written in the transaction of the event that causes it.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withIdColumn(db.schema.createTable('jobs'), engine)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    /** queued | running | failed (an attempt failed, a retry is due at run_after) | done | dead. */
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('run_after', ts, (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', ts)
    .addColumn('heartbeat_at', ts)
    .addColumn('last_error_code', 'text')
    .addColumn('last_error_params', 'text')
    .addColumn('last_error_text', 'text')
    /** A job that must exist once (e.g. one delivery per message): a second enqueue writes nothing. */
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('finished_at', ts)
    .execute();
  await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['state', 'run_after']).execute();

  await withIdColumn(db.schema.createTable('messages'), engine)
    .addColumn('kind', 'text', (c) => c.notNull())
    /** Normalised to 62…, the form wa.me and gateways take. */
    .addColumn('recipient_phone', 'text', (c) => c.notNull())
    .addColumn('recipient_resident_id', 'integer')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    /** The Indonesian text as rendered when queued: what the resident reads, whatever the template becomes. */
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    /** created | sending | delivered | temp_failed | failed | sent_by_hand. */
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('provider', 'text')
    .addColumn('provider_message_id', 'text', (c) => c.unique())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('sent_at', ts)
    .addColumn('delivered_at', ts)
    .addColumn('opened_at', ts)
    .addColumn('opened_by', 'integer')
    .execute();
  await db.schema
    .createIndex('messages_region_idx')
    .on('messages')
    .columns(['region_code', 'created_at'])
    .execute();
}
