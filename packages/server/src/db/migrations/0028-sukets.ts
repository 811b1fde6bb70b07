import { type Kysely, sql } from 'kysely';
import { dateType, timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * Sukets (issue 14):
 * - `suket_keys`: the Ed25519 signing keys, in the database so every instance signs and verifies alike;
 *   a rotated key is retired (no longer signs) but its public key stays published for what it signed;
 * - `suket_policies`: an election's issuance window, validity end and "PRR with blanko must print" switch
 *   (an election without a row uses the domain's default policy);
 * - `suket_sequences`: the last number per regency/city and year, bumped by one guarded update in the
 *   issuing transaction (like queue_sequences), so numbers are gap-free and never reused on both engines;
 * - `sukets` and `suket_events` (its history); one active suket per resident by a partial unique index;
 * - `suket_verifications`: every verification asked of the public API (result, not the person).
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  const day = dateType(engine);

  await db.schema
    .createTable('suket_keys')
    .addColumn('kid', 'text', (c) => c.primaryKey())
    /** base64url of the 32-byte raw public key. */
    .addColumn('public_key', 'text', (c) => c.notNull())
    /** PKCS#8 PEM of the private key; null once a retired key's secret is destroyed. */
    .addColumn('private_key', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('retired_at', ts)
    .execute();

  await db.schema
    .createTable('suket_policies')
    .addColumn('election_id', 'bigint', (c) => c.primaryKey())
    .addColumn('issue_from', day)
    .addColumn('issue_until', day, (c) => c.notNull())
    .addColumn('valid_until', day, (c) => c.notNull())
    .addColumn('prr_with_blanko_must_print', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  await withIdColumn(db.schema.createTable('suket_sequences'), engine)
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('suket_sequences_key')
    .on('suket_sequences')
    .columns(['regency_code', 'year'])
    .unique()
    .execute();

  await withIdColumn(db.schema.createTable('sukets'), engine)
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('resident_id', 'bigint', (c) => c.notNull())
    .addColumn('election_id', 'bigint', (c) => c.notNull())
    /** The resident's village at issue: lists filter by the officer's scope with a prefix. */
    .addColumn('region_code', 'text', (c) => c.notNull())
    /** active | superseded | revoked | expired (expiry is also computed on read) */
    .addColumn('status', 'text', (c) => c.notNull())
    /** deceased | manual (with revoke_note) */
    .addColumn('revoke_reason', 'text')
    .addColumn('revoke_note', 'text')
    .addColumn('valid_from', day, (c) => c.notNull())
    .addColumn('valid_until', day, (c) => c.notNull())
    .addColumn('signer_id', 'bigint')
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('kid', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull())
    /** Random key of the resident's PDF link (sent by WhatsApp): the QR token must not open the full PDF. */
    .addColumn('pdf_key', 'text', (c) => c.notNull().unique())
    .addColumn('batch_job_id', 'bigint')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await sql`create unique index sukets_one_active on sukets (resident_id) where status = 'active'`.execute(
    db,
  );
  await db.schema
    .createIndex('sukets_regency_seq')
    .on('sukets')
    .columns(['regency_code', 'year', 'seq'])
    .unique()
    .execute();
  await db.schema.createIndex('sukets_region').on('sukets').column('region_code').execute();

  await withIdColumn(db.schema.createTable('suket_events'), engine)
    .addColumn('suket_id', 'bigint', (c) => c.notNull())
    /** issued | superseded | revoked | delivered_queued */
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'bigint')
    .addColumn('details', 'text')
    .addColumn('at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('suket_events_suket').on('suket_events').column('suket_id').execute();

  await withIdColumn(db.schema.createTable('suket_verifications'), engine)
    .addColumn('number', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    /** online | token | number */
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('at', ts, (c) => c.notNull())
    .execute();
}
