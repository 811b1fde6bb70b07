import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-env';
import { putAs } from '../settings/put-json';

/** The public dashboard switch belongs to the province admins (and the national one), each for their own. */
describeEachEngine('public dashboard switch scopes', (env) => {
  it('a province admin reads its switch; an operator and the leadership may not', async () => {
    expect((await (await env().as('lampung.admin')).get('/api/v1/settings/public-dashboard')).status).toBe(
      200,
    );
    for (const user of ['bandarlampung.operator', 'lampung.pimpinan']) {
      expect((await (await env().as(user)).get('/api/v1/settings/public-dashboard')).status, user).toBe(403);
    }
  });

  it('only a national user turns the public dashboard on or off', async () => {
    const _admin = await env().as('lampung.admin');
    expect(
      (await putAs(env(), 'lampung.admin', '/api/v1/settings/public-dashboard', { enabled: false })).status,
    ).toBe(403);
    const _national = await env().as('admin');
    expect((await putAs(env(), 'admin', '/api/v1/settings/public-dashboard', { enabled: true })).status).toBe(
      200,
    );
  });
});
