import type { FastifyInstance } from 'fastify';

/**
 * API answers carry personal data (names, NIKs, addresses) or depend on who asks, so no browser or
 * proxy may keep them: `no-store` on every /api/ response that has not set its own policy. The public
 * dashboard's aggregates set `public, max-age=…` and keep it.
 */
export function registerNoStore(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('Cache-Control', 'no-store');
    }
    return payload;
  });
}
