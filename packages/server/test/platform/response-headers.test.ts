import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import type { Config } from '../../src/config';
import { loginSession } from '../helpers/multipart';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';

async function appWithDocs(env: TestEnv, apiDocs: Config['apiDocs']): Promise<FastifyInstance> {
  const app = await buildApp({ handle: env.handle, config: { ...env.config, apiDocs } });
  await app.ready();
  return app;
}

describeEachEngine('response headers', (env) => {
  describe('Cache-Control', () => {
    it('is no-store on API answers that carry personal data, and on errors', async () => {
      const { app } = env();
      const session = await loginSession(app, 'admin');
      for (const url of ['/api/v1/auth/me', '/api/v1/users', '/api/v1/residents', '/api/v1/tidak-ada']) {
        const res = await app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
        expect(res.headers['cache-control'], url).toBe('no-store');
      }
      const anonymous = await app.inject({ method: 'GET', url: '/api/v1/users' });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.headers['cache-control']).toBe('no-store');
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'admin', password: 'wrong-password-1' },
      });
      expect(login.headers['cache-control']).toBe('no-store');
    });

    it('keeps the public dashboard cacheable', async () => {
      const res = await env().app.inject({ method: 'GET', url: '/api/public/coverage?region=18' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=300');
    });
  });

  it('sends a CSP whose style-src allows neither inline styles nor any https: origin', async () => {
    const res = await env().app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    const styleSrc = csp.split(';').find((d) => d.trim().startsWith('style-src'));
    expect(styleSrc?.trim()).toBe("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('sends the security headers on every answer, refusals and unknown routes included', async () => {
    const app = env().app;
    const answers = [
      await app.inject({ method: 'GET', url: '/api/health' }),
      await app.inject({ method: 'GET', url: '/api/v1/users' }),
      await app.inject({ method: 'GET', url: '/api/v1/tidak-ada' }),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([200, 401, 404]);
    for (const r of answers) {
      expect(r.headers['content-security-policy']).toContain("default-src 'self'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  describe('SIGAP_API_DOCS', () => {
    const docs = async (app: FastifyInstance, cookie?: string) =>
      (await app.inject({ method: 'GET', url: '/api/docs/json', headers: cookie ? { cookie } : {} }))
        .statusCode;

    it('login (the default): docs only for a logged-in user', async () => {
      expect(env().config.apiDocs).toBe('login');
      const app = env().app;
      expect(await docs(app)).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBe(401);
      const session = await loginSession(app, 'bandarlampung.loket');
      expect(await docs(app, session.cookie)).toBe(200);
    });

    it('public: docs for anyone', async () => {
      const app = await appWithDocs(env(), 'public');
      try {
        expect(await docs(app)).toBe(200);
      } finally {
        await app.close();
      }
    });

    it('off: no docs, even for a logged-in user', async () => {
      const app = await appWithDocs(env(), 'off');
      try {
        const session = await loginSession(app, 'admin');
        expect(await docs(app, session.cookie)).toBe(404);
        expect(await docs(app)).toBe(404);
      } finally {
        await app.close();
      }
    });
  });
});
