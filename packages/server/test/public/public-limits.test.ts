import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import type { ErrorBody } from '../../src/errors';
import { createPublicResponseCache } from '../../src/modules/public/public-cache';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';

async function appWithLimit(env: TestEnv, publicRateLimit: number): Promise<FastifyInstance> {
  const app = await buildApp({ handle: env.handle, config: { ...env.config, publicRateLimit } });
  await app.ready();
  return app;
}

const get = (app: FastifyInstance, url: string, ip: string) =>
  app.inject({ method: 'GET', url, remoteAddress: ip });

describe('public response cache', () => {
  it('stays within its byte bound however many distinct queries arrive', () => {
    const cache = createPublicResponseCache(64 * 1024);
    const json = JSON.stringify({ figures: 'x'.repeat(1000) });
    for (let i = 0; i < 5000; i += 1) cache.set(`coverage?${i}`, { json, etag: '"t"' });
    expect(cache.calculatedSize).toBeLessThanOrEqual(64 * 1024);
    expect(cache.size).toBeLessThan(70);
    expect(cache.has('coverage?4999')).toBe(true);
    expect(cache.has('coverage?0')).toBe(false);
  });
});

describeEachEngine('public limits', (env) => {
  it('answers 429 with Retry-After and the standard body past the per-IP limit', async () => {
    const app = await appWithLimit(env(), 3);
    try {
      const urls = [
        '/api/public/coverage?region=18',
        '/api/public/elections',
        '/api/public/coverage?region=52',
      ];
      for (const url of urls) expect((await get(app, url, '10.9.0.1')).statusCode, url).toBe(200);
      // Distinct, uncached queries count the same as repeated ones.
      const over = await get(app, '/api/public/coverage?region=18.71', '10.9.0.1');
      expect(over.statusCode).toBe(429);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      const body = over.json() as ErrorBody;
      expect(body.error).toBe('too_many_requests');
      expect(body.message.length).toBeGreaterThan(0);
      expect(body.messageEn.length).toBeGreaterThan(0);
      // Another client is not affected, and logged-in routes carry no such limit.
      expect((await get(app, '/api/public/coverage?region=18', '10.9.0.2')).statusCode).toBe(200);
      for (let i = 0; i < 5; i += 1) expect((await get(app, '/api/health', '10.9.0.1')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('serves repeated queries from the server cache until it expires', async () => {
    const app = await appWithLimit(env(), 100);
    try {
      const first = await get(app, '/api/public/elections', '10.9.1.1');
      expect(first.statusCode).toBe(200);
      await env()
        .handle.db.insertInto('elections')
        .values({
          name: 'Pilkada Setelah Cache',
          kind: 'pilkada',
          voting_date: '2030-01-01',
          region_codes: JSON.stringify(['18.71']),
          created_at: new Date().toISOString(),
          created_by: null,
        })
        .execute();
      const second = await get(app, '/api/public/elections', '10.9.1.1');
      expect(second.body).toBe(first.body);
      expect(second.body).not.toContain('Setelah Cache');

      const a = await get(app, '/api/public/coverage?region=18&date=2024-01-01', '10.9.1.1');
      const b = await get(app, '/api/public/coverage?date=2024-01-01&region=18', '10.9.1.1');
      expect(a.statusCode).toBe(200);
      expect(b.headers.etag).toBe(a.headers.etag);
      // A fresh app (no cache yet) sees the new election.
      const fresh = await appWithLimit(env(), 100);
      try {
        expect((await get(fresh, '/api/public/elections', '10.9.1.1')).body).toContain('Setelah Cache');
      } finally {
        await fresh.close();
      }
    } finally {
      await app.close();
    }
  });
});
