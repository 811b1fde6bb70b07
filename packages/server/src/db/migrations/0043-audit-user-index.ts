import { type Kysely, sql } from 'kysely';

/**
 * Booking throughput (issue 12): one index fewer written by every audited change.
 *
 * `audit_user_idx (user_id, at)` is read by no statement: the audit page filters by username, region,
 * action and dates (audit.repository's `filtered`, served by `audit_region_idx`, `audit_action_idx` and
 * `audit_at_idx`), the chain is read by id. Every audit entry still wrote it: on a booking, a B-tree
 * insert and one more page in the confirmation's commit. test/audit/audit-indexes.test.ts checks that the
 * audit reads name no user id, on both engines.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index audit_user_idx`.execute(db);
}
