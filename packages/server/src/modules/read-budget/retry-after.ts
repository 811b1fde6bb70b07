import type { FastifyReply } from 'fastify';
import { ReadBudgetExceeded } from './read-budget.service';

/** Runs a route's work and, when the read budget refuses it, tells the client when to retry. */
export async function withRetryAfter<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ReadBudgetExceeded) reply.header('retry-after', String(err.retryAfterSeconds));
    throw err;
  }
}
