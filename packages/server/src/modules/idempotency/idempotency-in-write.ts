import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { AnswerElsewhere } from '../../http/answer-elsewhere';
import { claimKey, completeKey, type KeyClaim } from './idempotency.repository';

export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * An Idempotency-Key claimed and answered in the write's own transaction, for routes declared
 * `idempotency: 'in-write'`.
 *
 * Why: claimed before the handler and answered after it, a key cost a commit for each, about 150 µs of a
 * booking request's 500–700 (measured, docs/scale.md). In the write's transaction the claim commits
 * exactly when the write does: a key without a row wrote nothing (a retry may run again); a key with a row
 * wrote once, and its retries are answered from the row (or told to look at the data, when the first
 * request died before its answer was stored). A twin that raced past the lookup runs into the first one's
 * claim, which is the transaction's first statement, rolls its own transaction back and answers what the
 * first one answered.
 */
export interface WriteClaim {
  claim: KeyClaim;
  /** Set once the claim's insert ran in a transaction (which may still roll back). */
  inserted: boolean;
  /** The answer stored in the write's transaction, exactly as it is to be sent. */
  stored: { status: number; body: string } | undefined;
  /** The route's own serializer for a status (Fastify's `reply.serializeInput`). */
  serialize: (body: unknown, status: number) => string;
  /** The error that hands a losing twin's answer to the first request's. */
  twin: () => AnswerElsewhere;
}

/** The key a request owns: claimed already (`inWrite` undefined), or to be claimed by its write. */
export interface OwnedKey {
  claim: KeyClaim;
  inWrite: WriteClaim | undefined;
}

/** The claim a write command of an `in-write` route must make, if its request carried a key. */
export function writeClaimOf(req: FastifyRequest): WriteClaim | undefined {
  return req.idempotency?.inWrite;
}

/**
 * Claims the key inside `trx`, as the transaction's first statement, so that a twin waits for (or runs
 * into) the first request's claim before it writes anything; a twin's claim throws, rolling the whole
 * transaction back. Nothing to do without a key.
 */
export async function claimInWrite(trx: Kysely<Database>, write: WriteClaim | undefined): Promise<void> {
  // Claimed by an earlier transaction of the same request (call-next picks again when another counter
  // took its ticket first): that one committed, or it threw and the request failed with it.
  if (!write || write.inserted) return;
  if (!(await claimKey(trx, write.claim, new Date().toISOString()))) throw write.twin();
  write.inserted = true;
}

/**
 * Stores the answer the route will send with the claim, in the same transaction (its row is written there
 * already, so this costs a statement, not a commit). Answers `body`, for the caller to return.
 */
export async function answerInWrite<B>(
  trx: Kysely<Database>,
  write: WriteClaim | undefined,
  status: number,
  body: B,
): Promise<B> {
  if (!write?.inserted) return body;
  const text = write.serialize(body, status);
  const answer = { status, contentType: JSON_TYPE, body: text };
  await completeKey(trx, write.claim.principal, write.claim.key, answer, new Date().toISOString());
  write.stored = { status, body: text };
  return body;
}

/** Sends `body` with `status`; as the stored text when the write stored it, so it is serialized once. */
export function sendWritten(req: FastifyRequest, reply: FastifyReply, status: number, body: unknown) {
  const stored = req.idempotency?.inWrite?.stored;
  reply.status(status);
  if (stored?.status === status) return reply.type(JSON_TYPE).send(stored.body);
  return reply.send(body);
}
