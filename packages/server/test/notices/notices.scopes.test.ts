import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-env';

/** Notices are each user's own: a session is needed, and one user's list never holds another's. */
describeEachEngine('notices scopes', (env) => {
  it('refuses a caller without a session and lists only the caller’s own notices', async () => {
    expect((await env().anonymous().get('/api/v1/notices')).status).toBe(401);
    const admin = await env().as('lampung.admin');
    const op = await env().as('bandarlampung.operator');
    const mine = await admin.get<{ items: { id: number }[] }>('/api/v1/notices');
    const theirs = await op.get<{ items: { id: number }[] }>('/api/v1/notices');
    expect(mine.status).toBe(200);
    expect(theirs.status).toBe(200);
    const ids = new Set(mine.body.items.map((n) => n.id));
    expect(theirs.body.items.filter((n) => ids.has(n.id))).toEqual([]);
  });
});
