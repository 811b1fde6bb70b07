import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { policyAllows, registeredRoutes, requireRoutePolicies } from '../../src/http/route-policy';

describe('route policy declaration', () => {
  it('refuses at build time an /api route that declares no policy', async () => {
    const app = Fastify();
    requireRoutePolicies(app);
    expect(() => app.get('/api/v1/forgotten', async () => ({}))).toThrow(/declares no config\.policy/);
    await app.close();
  });

  it('lets routes outside /api and the docs through, and records the declared ones without HEAD twins', async () => {
    const app = Fastify();
    requireRoutePolicies(app);
    app.get('/index.html', async () => 'ok');
    app.get('/api/docs/json', async () => ({}));
    app.get('/api/v1/thing', { config: { policy: { access: 'session' } } }, async () => ({}));
    await app.ready();
    expect(registeredRoutes(app)).toEqual([
      { method: 'GET', url: '/api/v1/thing', policy: { access: 'session' } },
    ]);
    await app.close();
  });

  it('answers the matrix oracle: role, scope, ancestors on request, national, elections', () => {
    const op = { role: 'operator_kabkota' as const, regionCode: '18.71' };
    const read = { action: 'coverage.read' as const, region: 'query:region' as const };
    expect(policyAllows(read, op, '18.71.01')).toBe(true);
    expect(policyAllows(read, op, '18.72')).toBe(false);
    expect(policyAllows(read, op, '18')).toBe(false);
    expect(policyAllows({ ...read, orAncestor: true }, op, '18')).toBe(true);
    expect(policyAllows({ action: 'user.read', region: 'query:region' }, op, '18.71')).toBe(false);
    expect(
      policyAllows(
        { action: 'settings.manage', region: 'national' },
        { ...op, role: 'admin_provinsi', regionCode: '18' },
        undefined,
      ),
    ).toBe(false);
    expect(policyAllows(read, op, '18.71', ['52.01'])).toBe(false);
    expect(policyAllows(read, op, '18.71', ['ID'])).toBe(true);
    expect(policyAllows({ access: 'session' }, null, undefined)).toBe(false);
    expect(policyAllows({ access: 'public' }, null, undefined)).toBe(true);
  });
});
