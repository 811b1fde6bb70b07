import type { PublicUser } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../src/seed/demo-users';
import { buildUser, createUserVia, expectError, type UserPage } from '../helpers/factories';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';

async function userIds(env: TestEnv): Promise<Map<string, number>> {
  const admin = await env.as('admin');
  const r = await admin.get<UserPage>('/api/v1/users?pageSize=100');
  return new Map(r.body.items.map((u) => [u.username, u.id]));
}

async function idOf(env: TestEnv, username: string): Promise<number> {
  const id = (await userIds(env)).get(username);
  if (id === undefined) throw new Error(`no user ${username}`);
  return id;
}

function inside(scope: string, code: string): boolean {
  return code === scope || code.startsWith(`${scope}.`);
}

describeEachEngine('users scopes', (env) => {
  describe('lampung.admin (admin_provinsi, 18)', () => {
    it('cannot create a user in 52, in 52.01 or nationally', async () => {
      const admin = await env().as('lampung.admin');
      for (const regionCode of ['52', '52.01', 'ID']) {
        const body = buildUser({ regionCode });
        const err = expectError(await admin.post('/api/v1/users', body), 403, 'out_of_scope');
        expect(`${err.message} ${err.messageEn}`).not.toContain(regionCode);
        expect((await userIds(env())).has(body.username)).toBe(false);
      }
    });

    it('cannot create a superadmin, even inside its province (403 role_not_allowed)', async () => {
      const admin = await env().as('lampung.admin');
      const body = buildUser({ role: 'superadmin', regionCode: '18' });
      const err = expectError(await admin.post('/api/v1/users', body), 403, 'role_not_allowed');
      expect(err.message).toContain('superadmin');
      expect((await userIds(env())).has(body.username)).toBe(false);
    });

    it('may create roles up to its own rank', async () => {
      const admin = await env().as('lampung.admin');
      // pengelola_makam is ranked below too, but not handed out until its module exists (users-profile.test.ts).
      for (const role of [
        'admin_provinsi',
        'pimpinan',
        'petugas_lapangan',
        'petugas_loket',
        'verifikator',
      ] as const) {
        expect((await admin.post('/api/v1/users', buildUser({ role, regionCode: '18' }))).status, role).toBe(
          201,
        );
      }
    });

    it('lists only users inside 18', async () => {
      const admin = await env().as('lampung.admin');
      const r = await admin.get<UserPage>('/api/v1/users?pageSize=100');
      expect(r.status).toBe(200);
      const names = r.body.items.map((u) => u.username);
      expect(names).toEqual(
        expect.arrayContaining([
          'lampung.admin',
          'lampung.pimpinan',
          'bandarlampung.operator',
          'bandarlampung.loket',
        ]),
      );
      for (const excluded of ['admin', 'ntb.admin', 'lombokbarat.operator'])
        expect(names).not.toContain(excluded);
      for (const u of r.body.items) expect(inside('18', u.regionCode), u.regionCode).toBe(true);
      expect(r.body.total).toBe(r.body.items.length);
    });

    it('a search does not reach users outside 18', async () => {
      const admin = await env().as('lampung.admin');
      const r = await admin.get<UserPage>('/api/v1/users?q=ntb');
      expect(r.body).toMatchObject({ items: [], total: 0 });
      const op = await admin.get<UserPage>('/api/v1/users?q=operator');
      expect(op.body.items.map((u) => u.username)).not.toContain('lombokbarat.operator');
    });

    it('is refused a region filter outside 18', async () => {
      const admin = await env().as('lampung.admin');
      expectError(await admin.get('/api/v1/users?region=52'), 403, 'out_of_scope');
      expectError(await admin.get('/api/v1/users?region=52.01'), 403, 'out_of_scope');
      expectError(await admin.get('/api/v1/users?region=ID'), 403, 'out_of_scope');
    });

    it('cannot see or change users of 52', async () => {
      const admin = await env().as('lampung.admin');
      for (const username of ['ntb.admin', 'lombokbarat.operator']) {
        const id = await idOf(env(), username);
        expectError(await admin.get(`/api/v1/users/${id}`), 403, 'out_of_scope');
        expectError(
          await admin.patch(`/api/v1/users/${id}`, { fullName: 'Diubah Lampung' }),
          403,
          'out_of_scope',
        );
        expectError(await admin.patch(`/api/v1/users/${id}`, { active: false }), 403, 'out_of_scope');
      }
      const superadmin = await env().as('admin');
      const ntb = await superadmin.get<{ user: PublicUser }>(
        `/api/v1/users/${await idOf(env(), 'ntb.admin')}`,
      );
      expect(ntb.body.user).toMatchObject({ fullName: 'Admin Dukcapil NTB', active: true });
      // ntb.admin still logs in: nothing was changed.
      expect((await env().as('ntb.admin')).csrfToken).toBeDefined();
    });

    it('cannot see or edit the national superadmin', async () => {
      const admin = await env().as('lampung.admin');
      const id = await idOf(env(), 'admin');
      expectError(await admin.get(`/api/v1/users/${id}`), 403, 'out_of_scope');
      expectError(
        await admin.patch(`/api/v1/users/${id}`, { password: 'diambil-alih-123' }),
        403,
        'out_of_scope',
      );
      expect((await env().as('admin')).csrfToken).toBeDefined();
    });

    it('cannot edit a superadmin placed inside 18, nor promote anyone to superadmin', async () => {
      const superadmin = await env().as('admin');
      const high = await createUserVia(superadmin, { role: 'superadmin', regionCode: '18' });
      const admin = await env().as('lampung.admin');
      expectError(
        await admin.patch(`/api/v1/users/${high.id}`, { password: 'diambil-alih-123' }),
        403,
        'role_not_allowed',
      );
      expectError(
        await admin.patch(`/api/v1/users/${high.id}`, { role: 'operator_kabkota' }),
        403,
        'role_not_allowed',
      );

      const low = await createUserVia(admin, { role: 'operator_kabkota', regionCode: '18.71' });
      expectError(
        await admin.patch(`/api/v1/users/${low.id}`, { role: 'superadmin' }),
        403,
        'role_not_allowed',
      );
      const after = await admin.get<{ user: PublicUser }>(`/api/v1/users/${low.id}`);
      expect(after.body.user.role).toBe('operator_kabkota');
    });

    it('cannot move one of its users out of 18', async () => {
      const admin = await env().as('lampung.admin');
      const user = await createUserVia(admin, { regionCode: '18.71' });
      expectError(
        await admin.patch(`/api/v1/users/${user.id}`, { regionCode: '52.01' }),
        403,
        'out_of_scope',
      );
      expectError(await admin.patch(`/api/v1/users/${user.id}`, { regionCode: 'ID' }), 403, 'out_of_scope');
      const after = await admin.get<{ user: PublicUser }>(`/api/v1/users/${user.id}`);
      expect(after.body.user.regionCode).toBe('18.71');
    });

    it('cannot widen its own scope', async () => {
      const admin = await env().as('lampung.admin');
      const id = await idOf(env(), 'lampung.admin');
      expectError(await admin.patch(`/api/v1/users/${id}`, { regionCode: 'ID' }), 403, 'out_of_scope');
      expectError(await admin.patch(`/api/v1/users/${id}`, { role: 'superadmin' }), 403, 'role_not_allowed');
    });
  });

  describe('roles without user management', () => {
    it.each(['bandarlampung.operator', 'bandarlampung.loket', 'lampung.pimpinan'])(
      '%s gets 403 forbidden on list, read, create and patch',
      async (username) => {
        const client = await env().as(username);
        const target = await idOf(env(), 'bandarlampung.loket');
        expectError(await client.get('/api/v1/users'), 403, 'forbidden');
        expectError(await client.get('/api/v1/users?region=18.71'), 403, 'forbidden');
        expectError(await client.get(`/api/v1/users/${target}`), 403, 'forbidden');
        const body = buildUser({ role: 'petugas_loket', regionCode: '18.71' });
        expectError(await client.post('/api/v1/users', body), 403, 'forbidden');
        expectError(
          await client.patch(`/api/v1/users/${target}`, { fullName: 'Diubah Sendiri' }),
          403,
          'forbidden',
        );
        const self = await idOf(env(), username);
        expectError(
          await client.patch(`/api/v1/users/${self}`, { role: 'admin_provinsi' }),
          403,
          'forbidden',
        );
        expect((await userIds(env())).has(body.username)).toBe(false);
      },
    );

    // Without the role to read users, an id that does not exist must look like one that does.
    it('learns nothing about which user ids exist', async () => {
      const client = await env().as('bandarlampung.operator');
      expectError(await client.get('/api/v1/users/999999'), 403, 'forbidden');
      expectError(await client.patch('/api/v1/users/999999', { fullName: 'Siapa Saja' }), 403, 'forbidden');
    });
  });

  describe('other administrators', () => {
    it('ntb.admin sees only users of 52', async () => {
      const admin = await env().as('ntb.admin');
      const r = await admin.get<UserPage>('/api/v1/users?pageSize=100');
      const names = r.body.items.map((u) => u.username);
      expect(names).toEqual(expect.arrayContaining(['ntb.admin', 'lombokbarat.operator']));
      for (const u of r.body.items) expect(inside('52', u.regionCode), u.regionCode).toBe(true);
      expectError(
        await admin.get(`/api/v1/users/${await idOf(env(), 'bandarlampung.operator')}`),
        403,
        'out_of_scope',
      );
      expectError(await admin.get('/api/v1/users?region=18'), 403, 'out_of_scope');
    });

    it('ntb.admin manages users in 52.01', async () => {
      const admin = await env().as('ntb.admin');
      const user = await createUserVia(admin, { regionCode: '52.01' });
      const r = await admin.patch<{ user: PublicUser }>(`/api/v1/users/${user.id}`, {
        fullName: 'Operator Gerung',
      });
      expect(r.body.user.fullName).toBe('Operator Gerung');
      const lampung = await env().as('lampung.admin');
      expectError(await lampung.get(`/api/v1/users/${user.id}`), 403, 'out_of_scope');
    });

    it('the superadmin sees every user of every province', async () => {
      const admin = await env().as('admin');
      const r = await admin.get<UserPage>('/api/v1/users?pageSize=100');
      const names = r.body.items.map((u) => u.username);
      expect(names).toEqual(expect.arrayContaining(DEMO_USERS.map((u) => u.username)));
      const regions = new Set(r.body.items.map((u) => u.regionCode.slice(0, 2)));
      expect([...regions]).toEqual(expect.arrayContaining(['ID', '18', '52']));
      expect((await admin.get('/api/v1/users?region=52')).status).toBe(200);
    });
  });
});
