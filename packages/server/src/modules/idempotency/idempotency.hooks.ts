import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/connect';
import { AppError } from '../../errors';
import { claimKey, completeKey, deleteKeysBefore, findKey, releaseKey } from './idempotency.repository';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';

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
    idempotency?: { principal: string; key: string };
  }
}

const errorsOf = {
  invalid: () =>
    new AppError(
      'idempotency_key_invalid',
      400,
      'Idempotency-Key harus berupa UUID (16–128 huruf, angka, - atau _).',
      'Idempotency-Key must be a UUID (16–128 letters, digits, - or _).',
    ),
  reused: () =>
    new AppError(
      'idempotency_key_reused',
      422,
      'Idempotency-Key ini sudah dipakai untuk permintaan lain. Buat kunci baru untuk setiap tindakan.',
      'This Idempotency-Key was used for a different request. Make a new key for each action.',
    ),
  inProgress: () =>
    new AppError(
      'idempotency_in_progress',
      409,
      'Permintaan yang sama masih diproses. Coba lagi sebentar lagi.',
      'The same request is still being processed. Try again shortly.',
    ),
  unknown: () =>
    new AppError(
      'idempotency_outcome_unknown',
      409,
      'Permintaan sebelumnya dengan kunci ini terputus; periksa datanya sebelum mencoba lagi dengan kunci baru.',
      'An earlier request with this key was interrupted; check the data before retrying with a new key.',
    ),
};

function requestHash(req: FastifyRequest): string {
  return createHash('sha256')
    .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
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
  app.addHook('preHandler', async (req, reply) => {
    const key = req.headers[IDEMPOTENCY_HEADER];
    if (key === undefined || !UNSAFE.has(req.method) || !req.url.startsWith('/api/')) return;
    if (req.url.startsWith('/api/v1/auth/')) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) throw errorsOf.invalid();
    const principal = principalOf(req);
    const claim = { principal, key, method: req.method, path: req.url, requestHash: requestHash(req) };
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      if (await claimKey(handle.db, claim, new Date().toISOString())) {
        req.idempotency = { principal, key };
        return;
      }
      const row = await findKey(handle.db, principal, key);
      if (!row) continue; // released by a failed first request between our claim and read: claim again
      if (row.request_hash !== claim.requestHash) throw errorsOf.reused();
      if (row.status_code !== null)
        return replay(reply, row.status_code, row.content_type, row.response_body);
      if (Date.now() - Date.parse(row.created_at) > STALE_MS) throw errorsOf.unknown();
      if (Date.now() > deadline) {
        reply.header('retry-after', '1');
        throw errorsOf.inProgress();
      }
      await sleep(POLL_MS);
    }
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const owned = req.idempotency;
    if (!owned) return payload;
    req.idempotency = undefined;
    const body =
      typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    if (reply.statusCode >= 500 || body === null) {
      await releaseKey(handle.db, owned.principal, owned.key);
      return payload;
    }
    const contentType = reply.getHeader('content-type');
    await completeKey(
      handle.db,
      owned.principal,
      owned.key,
      { status: reply.statusCode, contentType: typeof contentType === 'string' ? contentType : null, body },
      new Date().toISOString(),
    );
    return payload;
  });

  // A request that dies before answering (client gone, error in a hook) must not hold its key forever.
  app.addHook('onResponse', async (req) => {
    const owned = req.idempotency;
    if (owned) await releaseKey(handle.db, owned.principal, owned.key);
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

function replay(reply: FastifyReply, status: number, contentType: string | null, body: string | null) {
  reply.code(status).header(REPLAYED_HEADER, 'true');
  if (contentType) reply.header('content-type', contentType);
  return reply.send(body ?? '');
}
