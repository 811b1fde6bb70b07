import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-env';

/** Boundaries are open data, but each user reads those of their own region and the regions above it. */
describeEachEngine('boundaries scopes', (env) => {
  it('a Bandar Lampung operator reads its city and its province, not NTB', async () => {
    const op = await env().as('bandarlampung.operator');
    expect((await op.get('/api/v1/boundaries/18.71')).status).toBe(200);
    expect((await op.get('/api/v1/boundaries/18')).status).toBe(200);
    expect((await op.get('/api/v1/boundaries/52')).status).toBe(403);
    expect((await op.get('/api/v1/boundaries/18.01')).status).toBe(403);
  });

  it('refuses a caller without a session', async () => {
    expect((await env().anonymous().get('/api/v1/boundaries/18')).status).toBe(401);
  });
});
