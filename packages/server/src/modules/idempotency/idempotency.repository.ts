import type { Kysely } from 'kysely';
import type { Database, IdempotencyKeyRow } from '../../db/schema';

export interface KeyClaim {
  principal: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
}

/**
 * Claims a key for a first request. Returns true when this request owns it; false when a row exists
 * (a replay, or a twin racing this one). The primary key makes the claim atomic on both engines.
 */
export async function claimKey(db: Kysely<Database>, claim: KeyClaim, now: string): Promise<boolean> {
  const r = await db
    .insertInto('idempotency_keys')
    .values({
      principal: claim.principal,
      key: claim.key,
      method: claim.method,
      path: claim.path,
      request_hash: claim.requestHash,
      status_code: null,
      content_type: null,
      response_body: null,
      created_at: now,
      completed_at: null,
    })
    .onConflict((oc) => oc.columns(['principal', 'key']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function findKey(
  db: Kysely<Database>,
  principal: string,
  key: string,
): Promise<IdempotencyKeyRow | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('principal', '=', principal)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function completeKey(
  db: Kysely<Database>,
  principal: string,
  key: string,
  answer: { status: number; contentType: string | null; body: string },
  now: string,
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({
      status_code: answer.status,
      content_type: answer.contentType,
      response_body: answer.body,
      completed_at: now,
    })
    .where('principal', '=', principal)
    .where('key', '=', key)
    .execute();
}

/** Frees a key whose request failed on the server's side, so that a retry runs again. */
export async function releaseKey(db: Kysely<Database>, principal: string, key: string): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('principal', '=', principal)
    .where('key', '=', key)
    .where('completed_at', 'is', null)
    .execute();
}

export async function deleteKeysBefore(db: Kysely<Database>, before: string): Promise<number> {
  const r = await db.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst();
  return Number(r.numDeletedRows);
}
