import { randomUUID } from 'node:crypto';
import type { PublicUser } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { buildUser, expectError, type UserPage } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';

const KEY = 'idempotency-key';

describeEachEngine('idempotent writes', (env) => {
  async function usersNamed(username: string): Promise<number> {
    const admin = await env().as('admin');
    const page = await admin.get<UserPage>(`/api/v1/users?q=${encodeURIComponent(username)}`);
    return page.body.items.filter((u) => u.username === username).length;
  }

  describe('a write sent with an Idempotency-Key', () => {
    it('replays the first answer and writes once', async () => {
      const admin = await env().as('admin');
      const body = buildUser();
      const headers = { [KEY]: randomUUID() };
      const first = await admin.post<{ user: PublicUser }>('/api/v1/users', body, { headers });
      expect(first.status).toBe(201);
      const again = await admin.post<{ user: PublicUser }>('/api/v1/users', body, { headers });
      expect(again.status).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      expect(await usersNamed(body.username)).toBe(1);
    });

    it('runs once when two identical requests race', async () => {
      const admin = await env().as('admin');
      const body = buildUser();
      const headers = { [KEY]: randomUUID() };
      const answers = await Promise.all(
        [1, 2, 3].map(() => admin.post<{ user: PublicUser }>('/api/v1/users', body, { headers })),
      );
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
      expect(new Set(answers.map((a) => a.body.user.id)).size).toBe(1);
      expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(2);
      expect(await usersNamed(body.username)).toBe(1);
    });

    it('replays a refusal too, without trying again', async () => {
      const admin = await env().as('admin');
      const body = buildUser({ regionCode: '99.99' });
      const headers = { [KEY]: randomUUID() };
      const first = await admin.post('/api/v1/users', body, { headers });
      expect(first.status).toBeGreaterThanOrEqual(400);
      const again = await admin.post('/api/v1/users', body, { headers });
      expect(again.status).toBe(first.status);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
    });

    it('refuses the same key with another body', async () => {
      const admin = await env().as('admin');
      const headers = { [KEY]: randomUUID() };
      expect((await admin.post('/api/v1/users', buildUser(), { headers })).status).toBe(201);
      const other = buildUser();
      expectError(await admin.post('/api/v1/users', other, { headers }), 422, 'idempotency_key_reused');
      expect(await usersNamed(other.username)).toBe(0);
    });

    it('keeps keys apart per user: another user with the same key runs their own request', async () => {
      const admin = await env().as('admin');
      const lampung = await env().as('lampung.admin');
      const headers = { [KEY]: randomUUID() };
      const mine = buildUser();
      expect((await admin.post('/api/v1/users', mine, { headers })).status).toBe(201);
      const theirs = buildUser();
      const r = await lampung.post('/api/v1/users', theirs, { headers });
      expect(r.status).toBe(201);
      expect(r.headers['idempotent-replayed']).toBeUndefined();
      expect(await usersNamed(theirs.username)).toBe(1);
    });

    it('refuses a malformed key before doing anything', async () => {
      const admin = await env().as('admin');
      const body = buildUser();
      const r = await admin.post('/api/v1/users', body, { headers: { [KEY]: 'short' } });
      expectError(r, 400, 'idempotency_key_invalid');
      expect(await usersNamed(body.username)).toBe(0);
    });

    it('never runs again a request whose server died before answering', async () => {
      const admin = await env().as('admin');
      const key = randomUUID();
      const body = buildUser();
      expect((await admin.post('/api/v1/users', body, { headers: { [KEY]: key } })).status).toBe(201);
      // What a crash between the write and the answer leaves behind: a claim with no answer, long ago.
      await env()
        .handle.db.updateTable('idempotency_keys')
        .set({
          status_code: null,
          response_body: null,
          completed_at: null,
          created_at: new Date(Date.now() - 10 * 60_000).toISOString(),
        })
        .where('key', '=', key)
        .execute();
      const r = await admin.post('/api/v1/users', body, { headers: { [KEY]: key } });
      expectError(r, 409, 'idempotency_outcome_unknown');
      expect(await usersNamed(body.username)).toBe(1);
    });

    it('leaves writes without a key as they were', async () => {
      const admin = await env().as('admin');
      const body = buildUser();
      expect((await admin.post('/api/v1/users', body)).status).toBe(201);
      expect((await admin.post('/api/v1/users', body)).status).toBe(409);
    });
  });
});
