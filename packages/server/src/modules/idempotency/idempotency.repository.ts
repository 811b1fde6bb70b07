import type { Kysely } from 'kysely';
import { type Param, preparedQuery } from '../../db/prepared-query';
import type { Database, IdempotencyKeyRow } from '../../db/schema';

export interface KeyClaim {
  principal: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
}

// Every keyed write runs these (a booking's hold and confirmation among them), so they are built once.
/** KeyClaim with its time, as a type (an interface has no index signature for `preparedQuery`). */
type ClaimValues = { [K in keyof KeyClaim]: KeyClaim[K] } & { now: string };

const claimStatement = preparedQuery((db, param: Param<ClaimValues>) =>
  db
    .insertInto('idempotency_keys')
    .values({
      principal: param('principal'),
      key: param('key'),
      method: param('method'),
      path: param('path'),
      request_hash: param('requestHash'),
      status_code: null,
      content_type: null,
      response_body: null,
      created_at: param('now'),
      completed_at: null,
    })
    .onConflict((oc) => oc.columns(['principal', 'key']).doNothing()),
);

const findStatement = preparedQuery((db, param: Param<{ principal: string; key: string }>) =>
  db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('principal', '=', param('principal'))
    .where('key', '=', param('key')),
);

type Answer = {
  status: number;
  contentType: string | null;
  body: string;
};

const completeStatement = preparedQuery(
  (db, param: Param<Answer & { principal: string; key: string; now: string }>) =>
    db
      .updateTable('idempotency_keys')
      .set({
        status_code: param('status'),
        content_type: param('contentType'),
        response_body: param('body'),
        completed_at: param('now'),
      })
      .where('principal', '=', param('principal'))
      .where('key', '=', param('key')),
);

/**
 * Claims a key for a first request. Returns true when this request owns it; false when a row exists
 * (a replay, or a twin racing this one). The primary key makes the claim atomic on both engines. Inside
 * a write's transaction (idempotency-in-write.ts) the claim commits or rolls back with the write.
 */
export async function claimKey(db: Kysely<Database>, claim: KeyClaim, now: string): Promise<boolean> {
  const r = await db.executeQuery(claimStatement(db, { ...claim, now }));
  return Number(r.numAffectedRows ?? 0n) === 1;
}

export async function findKey(
  db: Kysely<Database>,
  principal: string,
  key: string,
): Promise<IdempotencyKeyRow | undefined> {
  return (await db.executeQuery(findStatement(db, { principal, key }))).rows[0];
}

export async function completeKey(
  db: Kysely<Database>,
  principal: string,
  key: string,
  answer: Answer,
  now: string,
): Promise<void> {
  await db.executeQuery(completeStatement(db, { ...answer, principal, key, now }));
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
