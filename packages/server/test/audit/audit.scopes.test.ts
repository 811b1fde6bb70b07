import { beforeAll, describe, expect, it } from 'vitest';
import { type AuditPage, createUserVia, expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';

function inside(scope: string, code: string | null): boolean {
  return code !== null && (code === scope || code.startsWith(`${scope}.`));
}

describeEachEngine('audit scopes', (env) => {
  beforeAll(async () => {
    // Activity on both sides: NTB creates and updates a user (the only user.update in this database),
    // Lampung creates one, and an unknown username fails to log in (an entry without a region).
    const ntb = await env().as('ntb.admin');
    const ntbUser = await createUserVia(ntb, { regionCode: '52.01' });
    expect((await ntb.patch(`/api/v1/users/${ntbUser.id}`, { fullName: 'Diubah NTB' })).status).toBe(200);
    const lampung = await env().as('lampung.admin');
    await createUserVia(lampung, { regionCode: '18.71' });
    expect((await env().anonymous().login('orang.asing', 'salah-sekali-123')).status).toBe(401);
  });

  describe('lampung.admin', () => {
    it('sees only entries whose region lies inside 18', async () => {
      const admin = await env().as('lampung.admin');
      const r = await admin.get<AuditPage>('/api/v1/audit?pageSize=200');
      expect(r.status).toBe(200);
      expect(r.body.total).toBe(r.body.items.length);
      expect(r.body.items.length).toBeGreaterThan(0);
      for (const e of r.body.items)
        expect(inside('18', e.regionCode), `${e.action} ${e.regionCode}`).toBe(true);
      expect(r.body.items.some((e) => e.action === 'user.create' && e.username === 'lampung.admin')).toBe(
        true,
      );
      expect(JSON.stringify(r.body.items)).not.toMatch(/ntb\.admin|lombokbarat|orang\.asing/);

      // The entries it does not see exist: the superadmin sees them.
      const superadmin = await env().as('admin');
      const all = await superadmin.get<AuditPage>('/api/v1/audit?pageSize=200');
      expect(all.body.items.some((e) => inside('52', e.regionCode))).toBe(true);
      expect(all.body.items.some((e) => e.regionCode === null)).toBe(true);
      expect(all.body.total).toBeGreaterThan(r.body.total);
    });

    it('is refused a region filter outside 18, and finds nothing of NTB by username or action', async () => {
      const admin = await env().as('lampung.admin');
      expectError(await admin.get('/api/v1/audit?region=52'), 403, 'out_of_scope');
      expectError(await admin.get('/api/v1/audit?region=52.01'), 403, 'out_of_scope');
      expectError(await admin.get('/api/v1/audit?region=ID'), 403, 'out_of_scope');
      const byUser = await admin.get<AuditPage>('/api/v1/audit?username=ntb.admin');
      expect(byUser.body).toMatchObject({ items: [], total: 0 });
      const byAction = await admin.get<AuditPage>('/api/v1/audit?action=user.update');
      expect(byAction.body).toMatchObject({ items: [], total: 0 });
    });

    it('may narrow to a region inside 18', async () => {
      const admin = await env().as('lampung.admin');
      const r = await admin.get<AuditPage>('/api/v1/audit?region=18.71&pageSize=200');
      expect(r.status).toBe(200);
      expect(r.body.total).toBeGreaterThan(0);
      for (const e of r.body.items) expect(inside('18.71', e.regionCode)).toBe(true);
    });

    it('lists only the action names present in its scope', async () => {
      const admin = await env().as('lampung.admin');
      const mine = await admin.get<{ items: string[] }>('/api/v1/audit/actions');
      expect(mine.body.items).toContain('user.create');
      expect(mine.body.items).not.toContain('user.update');
      expect(mine.body.items).not.toContain('auth.login_failed');
      const superadmin = await env().as('admin');
      const all = await superadmin.get<{ items: string[] }>('/api/v1/audit/actions');
      expect(all.body.items).toEqual(
        expect.arrayContaining(['user.create', 'user.update', 'auth.login_failed']),
      );
    });
  });

  describe('ntb.admin', () => {
    it('sees only entries of 52', async () => {
      const admin = await env().as('ntb.admin');
      const r = await admin.get<AuditPage>('/api/v1/audit?pageSize=200');
      expect(r.body.items.some((e) => e.action === 'user.update')).toBe(true);
      for (const e of r.body.items) expect(inside('52', e.regionCode), String(e.regionCode)).toBe(true);
      expectError(await admin.get('/api/v1/audit?region=18'), 403, 'out_of_scope');
    });
  });

  describe('roles without audit access', () => {
    it.each(['bandarlampung.operator', 'lampung.pimpinan', 'bandarlampung.loket', 'lombokbarat.operator'])(
      '%s gets 403 forbidden',
      async (username) => {
        const client = await env().as(username);
        expectError(await client.get('/api/v1/audit'), 403, 'forbidden');
        expectError(await client.get('/api/v1/audit?region=18.71'), 403, 'forbidden');
        expectError(await client.get('/api/v1/audit/actions'), 403, 'forbidden');
      },
    );

    it('anonymous gets 401', async () => {
      expectError(await env().anonymous().get('/api/v1/audit'), 401, 'not_authenticated');
      expectError(await env().anonymous().get('/api/v1/audit/actions'), 401, 'not_authenticated');
    });
  });
});
