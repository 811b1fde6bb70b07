import type { FastifyReply } from 'fastify';
import type { AppError } from '../errors';

/**
 * Thrown where a request learns, mid-way, that its answer is another request's: a twin whose write lost
 * the race for its Idempotency-Key (modules/idempotency) rolls its transaction back with this, and the
 * error handler then awaits `answer`, which either sends the first request's answer itself (and resolves
 * to null) or resolves to the error to send instead.
 */
export class AnswerElsewhere extends Error {
  constructor(readonly answer: (reply: FastifyReply) => Promise<AppError | null>) {
    super('answered by another request');
  }
}
