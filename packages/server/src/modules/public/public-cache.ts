import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Five minutes: the figures move with each import or service, but a public page that lags by minutes is
 * fine, and it lets a CDN or reverse proxy absorb a rush (results day, a news article) in front of Sigap.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=300';

/** Strong validator: a hash of the exact JSON sent, so equal figures give an equal tag on every instance. */
export function etagOf(json: string): string {
  return `"${createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/**
 * Sends `body` (already shaped by its response schema) as JSON with caching headers, or 304 when the
 * client already holds this version. The JSON is produced here, not by the serializer, because the tag
 * must be computed over the bytes actually sent.
 */
export function sendCacheable(req: FastifyRequest, reply: FastifyReply, body: unknown): FastifyReply {
  const json = JSON.stringify(body);
  const etag = etagOf(json);
  reply.header('Cache-Control', PUBLIC_CACHE_CONTROL).header('ETag', etag);
  if (matches(req.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(json);
}
