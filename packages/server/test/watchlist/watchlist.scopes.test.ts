import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { userWithRole } from '../snapshots/scope-cast';

const URL = (region: string) => `/api/v1/watchlist?region=${region}&date=2024-11-27`;

describeEachEngine('watch list scopes', (env) => {
  it('a regency operator (18.71) watches its districts, not 18.01, 18 or 52', async () => {
    const op = await env().as('bandarlampung.operator');
    expect((await op.get(URL('18.71'))).status).toBe(200);
    for (const region of ['18.01', '18', '52']) expectError(await op.get(URL(region)), 403, 'out_of_scope');
  });

  it('pimpinan and the province admin read the province', async () => {
    for (const username of ['lampung.pimpinan', 'lampung.admin']) {
      const user = await env().as(username);
      expect((await user.get(URL('18'))).status, username).toBe(200);
      expectError(await user.get(URL('52')), 403, 'out_of_scope');
    }
  });

  it('verifikator and pengelola_makam are forbidden', async () => {
    for (const role of ['verifikator', 'pengelola_makam'] as const) {
      const user = await userWithRole(env(), role, '18');
      expectError(await user.get(URL('18')), 403, 'forbidden');
    }
  });

  it('anonymous callers get 401', async () => {
    expectError(await env().anonymous().get(URL('18')), 401, 'not_authenticated');
  });
});
