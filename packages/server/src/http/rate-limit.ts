import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';

export function tooManyRequests(seconds: number): AppError {
  return new AppError(
    'too_many_requests',
    429,
    `Terlalu banyak permintaan. Coba lagi dalam ${seconds} detik.`,
    `Too many requests. Try again in ${seconds} seconds.`,
  );
}

/**
 * Makes per-route limits available (`config: { rateLimit }`); no route is limited unless it asks.
 *
 * The counts live in memory, per process. That is enough for the anonymous public endpoints it guards:
 * a limit there only has to stop one client from making the server recompute figures in a loop, and a
 * restart or a second instance at most doubles what one IP gets, never what it can read. The store is a
 * bounded LRU inside the plugin, so many client IPs cannot grow memory either. Behind a reverse proxy the
 * IP is the client's only with SIGAP_TRUST_PROXY=true; otherwise all callers share the proxy's limit.
 */
export async function registerRateLimit(app: FastifyInstance): Promise<void> {
  await app.register(fastifyRateLimit, {
    global: false,
    cache: 10_000,
    // Thrown, so the error handler sends the standard body; the plugin has already set Retry-After.
    errorResponseBuilder: (_req, ctx) => tooManyRequests(Math.max(1, Math.ceil(ctx.ttl / 1000))),
  });
}
