import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-env';

describeEachEngine('health', (env) => {
  it('reports ok, the engine and the version', async () => {
    const r = await env().anonymous().get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      status: 'ok',
      database: env().engine,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  it('sends security headers', async () => {
    const r = await env().anonymous().get('/api/health');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
