import type { FastifyReply } from 'fastify';
import { AppError } from '../../errors';
import { JSON_TYPE } from './idempotency-in-write';

/** The refusals of the Idempotency-Key, and how a stored answer is sent again. */
export const idempotencyErrors = {
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

export const REPLAYED_HEADER = 'idempotent-replayed';

export function replay(reply: FastifyReply, status: number, contentType: string | null, body: string | null) {
  reply.code(status).header(REPLAYED_HEADER, 'true');
  if (contentType) reply.header('content-type', contentType);
  return reply.send(body ?? '');
}

export function typeOf(reply: FastifyReply): string | null {
  const contentType = reply.getHeader('content-type');
  return typeof contentType === 'string' ? contentType : null;
}

/** What the retries of a write whose answer was lost are told: look at the data. */
export function unknownAnswer() {
  const e = idempotencyErrors.unknown();
  return {
    status: e.status,
    contentType: JSON_TYPE,
    body: JSON.stringify(e.toBody()),
  };
}
