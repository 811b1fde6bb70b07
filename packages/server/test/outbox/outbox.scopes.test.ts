import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-env';

/** The outbox of a region is read by its office roles only; the leadership reads figures, not messages. */
describeEachEngine('outbox scopes', (env) => {
  it('office roles list their region’s messages; leadership and anonymous callers are refused', async () => {
    for (const user of ['bandarlampung.operator', 'bandarlampung.loket', 'lampung.admin']) {
      expect((await (await env().as(user)).get('/api/v1/messages')).status, user).toBe(200);
    }
    expect((await (await env().as('lampung.pimpinan')).get('/api/v1/messages')).status).toBe(403);
    expect((await env().anonymous().get('/api/v1/messages')).status).toBe(401);
  });

  it('a message that is not in the caller’s region answers like an unknown one', async () => {
    const op = await env().as('bandarlampung.operator');
    expect((await op.post('/api/v1/messages/999999/opened')).status).toBe(404);
  });
});
