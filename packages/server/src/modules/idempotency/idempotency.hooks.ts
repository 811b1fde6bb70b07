import { hash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/connect';
import { AppError } from '../../errors';
import { AnswerElsewhere } from '../../http/answer-elsewhere';
import { idempotencyErrors, REPLAYED_HEADER, replay, typeOf, unknownAnswer } from './idempotency.answers';
import {
  claimKey,
  completeKey,
  deleteKeysBefore,
  findKey,
  type KeyClaim,
  releaseKey,
} from './idempotency.repository';
import type { OwnedKey, WriteClaim } from './idempotency-in-write';

export { REPLAYED_HEADER };

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** Keys are remembered this long: far beyond any retry a phone makes after coming back online. */
const KEEP_HOURS = 24;
/** A twin request waits this long for the first one to finish before it is told to come back. */
const WAIT_MS = 10_000;
const POLL_MS = 50;
/**
 * A key claimed longer ago than this and still without an answer belongs to a request whose server died
 * between the write and the answer. Whether it wrote is unknown, so it is never run again (that could write
 * twice): the client is told to look at the data instead.
 */
const STALE_MS = 120_000;
const KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: OwnedKey;
  }
  interface FastifyContextConfig {
    /**
     * `'in-write'`: the route's write command claims the key in its own transaction (claimInWrite), so
     * the claim costs no commit of its own and commits exactly when the write does. Otherwise the key is
     * claimed before the handler runs.
     */
    idempotency?: 'in-write';
  }
}

// One-shot `hash`: every keyed write runs this, and it skips the Hash object's stream setup.
function requestHash(req: FastifyRequest): string {
  return hash('sha256', `${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`, 'hex');
}

function principalOf(req: FastifyRequest): string {
  return req.session ? `user:${req.session.user.id}` : 'anon';
}

/**
 * Makes every write retry-safe: a POST/PUT/PATCH/DELETE under /api/ that carries an `Idempotency-Key` runs
 * once; a replay (same sender, same key, same request) gets the first answer with `Idempotent-Replayed:
 * true`, and a twin that races the first waits for it. Answers of 5xx are forgotten so a retry runs again.
 * Login and logout are left out: their answer is a cookie, which is not stored.
 */
export function registerIdempotency(app: FastifyInstance, handle: Db): void {
  /**
   * What a request finds under its key (claiming it first when `claimNow`): nothing or its own claim
   * ('run'), or a first request's row, answered ('sent': replayed here) or still running (waited for, up
   * to WAIT_MS). Throws when the key cannot be used.
   */
  async function settle(claim: KeyClaim, reply: FastifyReply, claimNow: boolean): Promise<'run' | 'sent'> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      if (claimNow && (await claimKey(handle.db, claim, new Date().toISOString()))) return 'run';
      const row = await findKey(handle.db, claim.principal, claim.key);
      if (!row) {
        if (!claimNow) return 'run';
        continue; // released by a failed first request between our claim and read: claim again
      }
      if (row.request_hash !== claim.requestHash) throw idempotencyErrors.reused();
      if (row.status_code !== null) {
        replay(reply, row.status_code, row.content_type, row.response_body);
        return 'sent';
      }
      if (Date.now() - Date.parse(row.created_at) > STALE_MS) throw idempotencyErrors.unknown();
      if (Date.now() > deadline) {
        reply.header('retry-after', '1');
        throw idempotencyErrors.inProgress();
      }
      await sleep(POLL_MS);
    }
  }

  app.addHook('preHandler', async (req, reply) => {
    const key = req.headers[IDEMPOTENCY_HEADER];
    if (key === undefined || !UNSAFE.has(req.method) || !req.url.startsWith('/api/')) return;
    if (req.url.startsWith('/api/v1/auth/')) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) throw idempotencyErrors.invalid();
    const principal = principalOf(req);
    const claim = { principal, key, method: req.method, path: req.url, requestHash: requestHash(req) };
    const inWrite = req.routeOptions.config.idempotency === 'in-write';
    if ((await settle(claim, reply, !inWrite)) === 'sent') return reply;
    if (!inWrite) {
      req.idempotency = { claim, inWrite: undefined };
      return;
    }
    const write: WriteClaim = {
      claim,
      inserted: false,
      stored: undefined,
      // The route's own serializer, so the text stored is byte for byte what is sent.
      serialize: (body, status) =>
        String(reply.serializeInput(body as Record<string, unknown>, String(status))),
      twin: () =>
        new AnswerElsewhere(async (r) => {
          req.idempotency = undefined;
          try {
            // The first request's write has committed (its claim is what ours ran into): wait for its answer.
            return (await settle(claim, r, false)) === 'sent' ? null : idempotencyErrors.inProgress();
          } catch (err) {
            if (err instanceof AppError) return err;
            throw err;
          }
        }),
    };
    req.idempotency = { claim, inWrite: write };
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const owned = req.idempotency;
    if (!owned) return payload;
    req.idempotency = undefined;
    const { principal, key } = owned.claim;
    const body =
      typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    const failed = reply.statusCode >= 500 || body === null;
    if (owned.inWrite) {
      // No claim stored: the request wrote nothing under its key (a refusal, nothing to call, a hold already
      // confirmed answered again), so a retry may simply run again.
      const { inserted, stored } = owned.inWrite;
      if (!inserted) return payload;
      // The usual case: the answer went into the write's transaction, and this is it.
      if (stored && stored.status === reply.statusCode && stored.body === body) return payload;
      // The claim went into the write's transaction. If that rolled back, there is no row and the update
      // below changes nothing; if it committed, the write stands, so a failure after it is not run again:
      // its retries are told to look at the data.
      const answer = failed
        ? unknownAnswer()
        : { status: reply.statusCode, contentType: typeOf(reply), body };
      await completeKey(handle.db, principal, key, answer, new Date().toISOString());
      return payload;
    }
    if (failed) {
      await releaseKey(handle.db, principal, key);
      return payload;
    }
    await completeKey(
      handle.db,
      principal,
      key,
      { status: reply.statusCode, contentType: typeOf(reply), body },
      new Date().toISOString(),
    );
    return payload;
  });

  // A request that dies before answering (client gone, error in a hook) must not hold its key forever. A
  // claim made in the write's transaction is kept: if it is there, the write is too.
  app.addHook('onResponse', async (req) => {
    const owned = req.idempotency;
    if (owned && !owned.inWrite) await releaseKey(handle.db, owned.claim.principal, owned.claim.key);
  });

  const sweep = setInterval(() => {
    const before = new Date(Date.now() - KEEP_HOURS * 3_600_000).toISOString();
    deleteKeysBefore(handle.db, before).catch((err: unknown) =>
      app.log.warn({ err }, 'idempotency sweep failed'),
    );
  }, 60 * 60_000);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));
}
