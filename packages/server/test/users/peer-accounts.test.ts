import type { NoticeItem, PublicUser } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { type Client, clientFor } from '../helpers/client';
import { type AuditPage, createUserVia, expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';

/**
 * Issue 9: a province admin could reset the password of and deactivate a peer admin of the same
 * province. Actions on an account of equal or higher rank now need a superadmin, and the affected user
 * is told about any reset, (de)activation, role or region change made by someone else.
 */
interface NoticePage {
  items: NoticeItem[];
}

async function loggedIn(
  env: () => { app: Parameters<typeof clientFor>[0] },
  u: { username: string; password: string },
) {
  const client = clientFor(env().app, '10.70.0.1');
  expect((await client.login(u.username, u.password)).status).toBe(200);
  return client;
}

async function accountNotices(client: Client): Promise<NoticeItem[]> {
  const page = await client.get<NoticePage>('/api/v1/notices?pageSize=100');
  return page.body.items.filter((n) => n.kind === 'account.changed');
}

describeEachEngine('peer accounts', (env) => {
  describe('a province admin and a peer admin of the same province', () => {
    it('refuses every change to the peer with peer_account_protected, and changes nothing', async () => {
      const root = await env().as('admin');
      const peer = await createUserVia(root, { role: 'admin_provinsi', regionCode: '18' });
      const lampung = await env().as('lampung.admin');
      const patches = [
        { password: 'sandi-pengambilalihan-1' },
        { active: false },
        { fullName: 'Nama Diubah' },
        { role: 'operator_kabkota' },
        { regionCode: '18.71' },
      ];
      for (const patch of patches) {
        const r = await lampung.patch(`/api/v1/users/${peer.id}`, patch);
        const body = expectError(r, 403, 'peer_account_protected');
        expect(body.message).toBe(
          'Akun ini setingkat dengan peran Anda; hanya superadmin yang dapat mengubahnya.',
        );
        expect(body.messageEn).toBe(
          'This account has the same rank as your role; only a superadmin can change it.',
        );
      }
      const after = await root.get<{ user: PublicUser }>(`/api/v1/users/${peer.id}`);
      expect(after.body.user).toMatchObject({ active: true, role: 'admin_provinsi', regionCode: '18' });
      expect(after.body.user.fullName).toBe(peer.fullName);
      const client = await loggedIn(env, peer);
      expect(await accountNotices(client)).toEqual([]);
    });

    it('still lets an admin change their own password', async () => {
      const root = await env().as('admin');
      const self = await createUserVia(root, { role: 'admin_provinsi', regionCode: '18' });
      const client = await loggedIn(env, self);
      const r = await client.patch(`/api/v1/users/${self.id}`, { password: 'sandi-baru-sendiri-1' });
      expect(r.status).toBe(200);
      const again = await loggedIn(env, { username: self.username, password: 'sandi-baru-sendiri-1' });
      // A change one makes oneself needs no notice.
      expect(await accountNotices(again)).toEqual([]);
    });
  });

  describe('a superadmin', () => {
    it('resets, deactivates and reactivates a province admin, who is told each time; all audited', async () => {
      const root = await env().as('admin');
      const peer = await createUserVia(root, { role: 'admin_provinsi', regionCode: '18' });
      const newPassword = 'sandi-direset-admin-1';
      expect((await root.patch(`/api/v1/users/${peer.id}`, { password: newPassword })).status).toBe(200);
      expect((await root.patch(`/api/v1/users/${peer.id}`, { active: false })).status).toBe(200);
      expect((await root.patch(`/api/v1/users/${peer.id}`, { active: true })).status).toBe(200);
      expect((await root.patch(`/api/v1/users/${peer.id}`, { fullName: 'Nama Baru' })).status).toBe(200);

      const client = await loggedIn(env, { username: peer.username, password: newPassword });
      const notices = await accountNotices(client);
      expect(notices).toHaveLength(3);
      const text = notices.map((n) => n.message).join('\n');
      expect(text).toContain('kata sandi Anda diatur ulang');
      expect(text).toContain('akun Anda dinonaktifkan');
      expect(text).toContain('akun Anda diaktifkan kembali');
      expect(notices.every((n) => n.message.startsWith('Oleh admin:'))).toBe(true);
      expect(notices.find((n) => n.message.includes('sandi'))?.severity).toBe('warning');

      const audit = await root.get<AuditPage>('/api/v1/audit?action=user.update&pageSize=200');
      expect(audit.body.items.filter((e) => e.entityId === String(peer.id))).toHaveLength(4);
    });
  });

  describe('a province admin and a lower-ranked account', () => {
    it('may still reset and move an operator, who is told', async () => {
      const lampung = await env().as('lampung.admin');
      const operator = await createUserVia(lampung, { role: 'operator_kabkota', regionCode: '18.71' });
      const r = await lampung.patch(`/api/v1/users/${operator.id}`, {
        password: 'sandi-operator-baru-1',
        regionCode: '18.01',
      });
      expect(r.status).toBe(200);
      const client = await loggedIn(env, { username: operator.username, password: 'sandi-operator-baru-1' });
      const [notice] = await accountNotices(client);
      expect(notice?.message).toContain('Oleh lampung.admin');
      expect(notice?.message).toContain('wilayah kerja Anda diubah menjadi 18.01');
      expect(notice?.messageEn).toContain('your password was reset');
    });
  });
});
