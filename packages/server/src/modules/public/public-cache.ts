import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';

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

interface CachedJson {
  json: string;
  etag: string;
}

function toCached(body: unknown): CachedJson {
  const json = JSON.stringify(body);
  return { json, etag: etagOf(json) };
}

/**
 * Sends the JSON with caching headers, or 304 when the client already holds this version. The JSON is
 * produced here, not by the serializer, because the tag must be computed over the bytes actually sent.
 */
function sendCachedJson(req: FastifyRequest, reply: FastifyReply, c: CachedJson): FastifyReply {
  reply.header('Cache-Control', PUBLIC_CACHE_CONTROL).header('ETag', c.etag);
  if (matches(req.headers['if-none-match'], c.etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(c.json);
}

/**
 * One minute on the server: anonymous callers cannot make Sigap recompute the same figures more than once
 * a minute per query, and the page lags an import by at most that (plus the browser's own max-age).
 */
export const SERVER_CACHE_TTL_MS = 60_000;
/**
 * Bounded by bytes, not entries, because a region with many children weighs far more than a district:
 * distinct queries (every district × every date) evict the least recently used instead of growing memory.
 */
export const SERVER_CACHE_MAX_BYTES = 16 * 1024 * 1024;

export type PublicResponseCache = LRUCache<string, CachedJson>;

/** One cache per app instance (each has its own database). */
export function createPublicResponseCache(maxBytes = SERVER_CACHE_MAX_BYTES): PublicResponseCache {
  return new LRUCache<string, CachedJson>({
    maxSize: maxBytes,
    sizeCalculation: (c) => c.json.length + c.etag.length + 64,
    ttl: SERVER_CACHE_TTL_MS,
  });
}

/**
 * Answers from the server cache when it holds `key` (the route and its validated query), else builds the
 * body, keeps it and sends it. Errors are not cached: each is cheap, and the rate limit bounds them.
 */
export async function sendServerCached(
  cache: PublicResponseCache,
  key: string,
  req: FastifyRequest,
  reply: FastifyReply,
  build: () => Promise<unknown>,
): Promise<FastifyReply> {
  let cached = cache.get(key);
  if (!cached) {
    cached = toCached(await build());
    cache.set(key, cached);
  }
  return sendCachedJson(req, reply, cached);
}

/** A cache key from a validated query: keys sorted so that `a=1&b=2` and `b=2&a=1` share an entry. */
export function cacheKey(route: string, query: object): string {
  const entries = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return `${route}?${JSON.stringify(entries)}`;
}
