import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-env';
import { putAs } from './put-json';

/** Office settings are changed inside the admin's own province only, and read by its managers. */
describeEachEngine('settings scopes', (env) => {
  it('the Lampung admin reads and changes Lampung’s settings, not NTB’s', async () => {
    const admin = await env().as('lampung.admin');
    expect((await admin.get('/api/v1/settings?scope=18')).status).toBe(200);
    expect((await admin.get('/api/v1/settings?scope=52')).status).toBe(403);
    expect(
      (await putAs(env(), 'lampung.admin', '/api/v1/settings/report-cutoff', { scope: '52', hour: 15 }))
        .status,
    ).toBe(403);
    expect(
      (await putAs(env(), 'lampung.admin', '/api/v1/settings/report-cutoff', { scope: '18', hour: 15 }))
        .status,
    ).toBe(200);
  });

  it('an operator or the leadership may not read or change the province’s settings', async () => {
    for (const user of ['bandarlampung.operator', 'lampung.pimpinan']) {
      const c = await env().as(user);
      expect((await c.get('/api/v1/settings?scope=18')).status, user).toBe(403);
      expect(
        (await putAs(env(), user, '/api/v1/settings/report-cutoff', { scope: '18', hour: 15 })).status,
        user,
      ).toBe(403);
    }
  });
});
