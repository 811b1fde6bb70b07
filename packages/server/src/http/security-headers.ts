import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's security headers (CSP, frame options, referrer policy, …) on every response. The middleware is
 * built once here: @fastify/helmet built it again on every request (parsing the CSP directives each time),
 * about 5 % of the server's CPU per booking request (session 13's profile). No route has options of its
 * own and nothing uses nonces, so one middleware serves every route; it sets the headers on the raw
 * response, as the plugin did, so errors, 404s and static files carry them too.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: Readonly<HelmetOptions>): void {
  const middleware = helmet(options);
  app.addHook('onRequest', (req, reply, done) => {
    middleware(req.raw, reply.raw, (err?: unknown) => done(err instanceof Error ? err : undefined));
  });
}
