import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';

/** The role half of a route's policy runs before input validation (src/http/route-policy.ts). */
describeEachEngine('route policy: role before validation', (env) => {
  it('refuses a role without the action whatever it sends, without naming the input rules', async () => {
    const clerk = await env().as('bandarlampung.loket');
    const body = expectError(await clerk.post('/api/v1/users', { username: '' }), 403, 'forbidden');
    expect(body.details ?? []).toEqual([]);
    expectError(await clerk.get('/api/v1/audit?pageSize=100000'), 403, 'forbidden');
    expectError(await clerk.get('/api/v1/daily-reports/prefill'), 403, 'forbidden');
  });

  it('still validates the input of a role that holds the action', async () => {
    const admin = await env().as('lampung.admin');
    expectError(await admin.post('/api/v1/users', { username: '' }), 400, 'validation_failed');
  });

  it('lets a session-only route through for every logged-in role and refuses it without a session', async () => {
    const leader = await env().as('lampung.pimpinan');
    expect((await leader.get('/api/v1/notices')).status).toBe(200);
    expectError(await env().anonymous().get('/api/v1/notices'), 401, 'not_authenticated');
  });
});
