import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-env';

/** The job list is an operations view of the whole server: the superadmin's alone. */
describeEachEngine('jobs scopes', (env) => {
  it('only the national superadmin reads the job list', async () => {
    expect((await (await env().as('admin')).get('/api/v1/jobs')).status).toBe(200);
    for (const user of ['lampung.admin', 'bandarlampung.operator', 'lampung.pimpinan']) {
      expect((await (await env().as(user)).get('/api/v1/jobs')).status, user).toBe(403);
    }
    expect((await env().anonymous().get('/api/v1/jobs')).status).toBe(401);
  });
});
