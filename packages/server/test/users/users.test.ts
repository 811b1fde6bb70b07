import type { PublicUser } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { clientFor } from '../helpers/client';
import {
  type AuditPage,
  buildUser,
  createUserVia,
  detailFields,
  expectError,
  type UserPage,
} from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';

describeEachEngine('users', (env) => {
  describe('create', () => {
    it('lampung.admin creates an operator in 18.71 who appears in the list and can log in', async () => {
      const admin = await env().as('lampung.admin');
      const body = buildUser({
        username: 'operator.baru',
        fullName: 'Operator Baru',
        role: 'operator_kabkota',
        regionCode: '18.71',
      });
      const r = await admin.post<{ user: PublicUser }>('/api/v1/users', body);
      expect(r.status).toBe(201);
      expect(r.body.user).toMatchObject({
        username: 'operator.baru',
        fullName: 'Operator Baru',
        role: 'operator_kabkota',
        regionCode: '18.71',
        regionName: 'Kota Bandar Lampung',
        active: true,
        lastLoginAt: null,
      });
      expect(JSON.stringify(r.body)).not.toMatch(/argon2|password/i);

      const list = await admin.get<UserPage>('/api/v1/users?q=operator.baru');
      expect(list.body.items.map((u) => u.id)).toEqual([r.body.user.id]);

      const fetched = await admin.get<{ user: PublicUser }>(`/api/v1/users/${r.body.user.id}`);
      expect(fetched.body.user).toEqual(r.body.user);

      const login = await clientFor(env().app, '10.9.0.1').login('operator.baru', body.password);
      expect(login.status).toBe(200);
    });

    it('stores the username in lower case', async () => {
      const admin = await env().as('lampung.admin');
      const r = await admin.post<{ user: PublicUser }>(
        '/api/v1/users',
        buildUser({ username: '  Mixed.Case  ' }),
      );
      expect(r.status).toBe(201);
      expect(r.body.user.username).toBe('mixed.case');
    });

    it('refuses a duplicate username with 409 username_taken, whatever its case', async () => {
      const admin = await env().as('lampung.admin');
      const first = await createUserVia(admin, { username: 'dup.user' });
      const body = expectError(
        await admin.post('/api/v1/users', buildUser({ username: 'dup.user' })),
        409,
        'username_taken',
      );
      expect(body.message).toContain('dup.user');
      expect(detailFields(body)).toEqual(['username']);
      expectError(
        await admin.post('/api/v1/users', buildUser({ username: 'DUP.User' })),
        409,
        'username_taken',
      );
      expectError(
        await admin.post('/api/v1/users', buildUser({ username: 'lampung.admin' })),
        409,
        'username_taken',
      );
      const list = await admin.get<UserPage>('/api/v1/users?q=dup.user');
      expect(list.body.items.map((u) => u.id)).toEqual([first.id]);
    });

    it.each([
      ['short password', { password: 'short' }, 'password', 'Kata sandi minimal 10 karakter.'],
      ['bad username', { username: 'a b!' }, 'username', undefined],
      ['too short username', { username: 'ab' }, 'username', undefined],
      // zod's own message for an enum lists the options joined by "|"; it must not leak as a message.
      ['bad role', { role: 'raja' }, 'role', 'Pilihan tidak dikenal.'],
      ['bad region code', { regionCode: '18-71' }, 'regionCode', 'Kode wilayah tidak valid.'],
      ['unknown region', { regionCode: '18.99' }, 'regionCode', 'Wilayah 18.99 tidak ditemukan.'],
      ['missing full name', { fullName: undefined }, 'fullName', 'Wajib diisi.'],
    ])('refuses a %s with 400 and a detail for the field', async (_label, override, field, message) => {
      const admin = await env().as('lampung.admin');
      const before = (await admin.get<UserPage>('/api/v1/users?pageSize=1')).body.total;
      const body = { ...buildUser(), ...override };
      const err = expectError(await admin.post('/api/v1/users', body), 400, 'validation_failed');
      expect(detailFields(err)).toEqual([field]);
      const detail = err.details?.[0];
      expect(typeof detail?.messageEn).toBe('string');
      if (message) expect(detail?.message).toBe(message);
      expect((await admin.get<UserPage>('/api/v1/users?pageSize=1')).body.total).toBe(before);
    });

    it('reports every bad field at once', async () => {
      const admin = await env().as('lampung.admin');
      const err = expectError(
        await admin.post('/api/v1/users', {
          username: '!',
          fullName: 'X',
          role: 'raja',
          regionCode: 'x',
          password: '1',
        }),
        400,
        'validation_failed',
      );
      expect(detailFields(err).sort()).toEqual(['fullName', 'password', 'regionCode', 'role', 'username']);
      for (const d of err.details ?? []) {
        expect(typeof d.message).toBe('string');
        expect(typeof d.messageEn).toBe('string');
      }
    });
  });

  describe('update', () => {
    it('changes full name, role, region, active and password, and audits a summary without the password', async () => {
      const admin = await env().as('lampung.admin');
      const user = await createUserVia(admin, { role: 'petugas_loket', regionCode: '18.71' });
      const newPassword = 'sandi-rahasia-baru-99';
      const r = await admin.patch<{ user: PublicUser }>(`/api/v1/users/${user.id}`, {
        fullName: 'Nama Diubah',
        role: 'operator_kabkota',
        regionCode: '18.01',
        active: false,
        password: newPassword,
      });
      expect(r.status).toBe(200);
      expect(r.body.user).toMatchObject({
        id: user.id,
        username: user.username,
        fullName: 'Nama Diubah',
        role: 'operator_kabkota',
        regionCode: '18.01',
        active: false,
      });
      const fetched = await admin.get<{ user: PublicUser }>(`/api/v1/users/${user.id}`);
      expect(fetched.body.user).toEqual(r.body.user);

      const superadmin = await env().as('admin');
      const audit = await superadmin.get<AuditPage>(
        '/api/v1/audit?action=user.update&username=lampung.admin&pageSize=200',
      );
      const entry = audit.body.items.find((e) => e.entityId === String(user.id));
      expect(entry).toMatchObject({
        action: 'user.update',
        entity: 'user',
        username: 'lampung.admin',
        regionCode: '18.01',
        ip: '10.0.0.1',
        summary: {
          username: user.username,
          fullName: [user.fullName, 'Nama Diubah'],
          role: ['petugas_loket', 'operator_kabkota'],
          regionCode: ['18.71', '18.01'],
          active: [true, false],
          password: 'changed',
        },
      });
      const raw = JSON.stringify(entry);
      expect(raw).not.toContain(newPassword);
      expect(raw).not.toContain(user.password);
      expect(raw).not.toMatch(/argon2/);

      // Reactivated, the user logs in with the new password only.
      expect((await admin.patch(`/api/v1/users/${user.id}`, { active: true })).status).toBe(200);
      expect((await clientFor(env().app, '10.9.1.1').login(user.username, user.password)).status).toBe(401);
      expect((await clientFor(env().app, '10.9.1.2').login(user.username, newPassword)).status).toBe(200);
    });

    it('changes only what is sent', async () => {
      const admin = await env().as('lampung.admin');
      const user = await createUserVia(admin, { role: 'pimpinan', regionCode: '18.71' });
      const r = await admin.patch<{ user: PublicUser }>(`/api/v1/users/${user.id}`, {
        fullName: 'Hanya Nama',
      });
      expect(r.body.user).toMatchObject({
        fullName: 'Hanya Nama',
        role: 'pimpinan',
        regionCode: '18.71',
        active: true,
      });
    });

    it('refuses a bad patch with details, and unknown fields', async () => {
      const admin = await env().as('lampung.admin');
      const user = await createUserVia(admin);
      const short = expectError(
        await admin.patch(`/api/v1/users/${user.id}`, { password: 'pendek' }),
        400,
        'validation_failed',
      );
      expect(detailFields(short)).toEqual(['password']);
      const region = expectError(
        await admin.patch(`/api/v1/users/${user.id}`, { regionCode: '18.99' }),
        400,
        'validation_failed',
      );
      expect(detailFields(region)).toEqual(['regionCode']);
      expectError(
        await admin.patch(`/api/v1/users/${user.id}`, { passwordHash: 'x' }),
        400,
        'validation_failed',
      );
      const role = expectError(
        await admin.patch(`/api/v1/users/${user.id}`, { role: 'raja' }),
        400,
        'validation_failed',
      );
      expect(detailFields(role)).toEqual(['role']);
      const fetched = await admin.get<{ user: PublicUser }>(`/api/v1/users/${user.id}`);
      expect(fetched.body.user).toMatchObject({ regionCode: user.regionCode, active: true });
    });

    it('says a value of the wrong type is of the wrong type, not missing', async () => {
      const admin = await env().as('lampung.admin');
      const user = await createUserVia(admin);
      const err = expectError(
        await admin.patch(`/api/v1/users/${user.id}`, { active: 'no' }),
        400,
        'validation_failed',
      );
      expect(err.details).toEqual([
        { field: 'active', message: 'Jenis isian tidak sesuai.', messageEn: 'Expected boolean.' },
      ]);
      const missing = expectError(
        await admin.post('/api/v1/users', { ...buildUser(), fullName: undefined }),
        400,
        'validation_failed',
      );
      expect(missing.details).toEqual([
        { field: 'fullName', message: 'Wajib diisi.', messageEn: 'Required.' },
      ]);
    });

    it('answers 404 user_not_found for an unknown id and 400 for a malformed one', async () => {
      const admin = await env().as('lampung.admin');
      expectError(await admin.get('/api/v1/users/999999'), 404, 'user_not_found');
      expectError(await admin.patch('/api/v1/users/999999', { fullName: 'Siapa' }), 404, 'user_not_found');
      expectError(await admin.get('/api/v1/users/abc'), 400, 'validation_failed');
    });

    it('an admin cannot deactivate itself (409 cannot_deactivate_self) but can rename itself', async () => {
      const admin = await env().as('lampung.admin');
      const me = await admin.get<{ user: PublicUser }>('/api/v1/auth/me');
      const id = me.body.user.id;
      const body = expectError(
        await admin.patch(`/api/v1/users/${id}`, { active: false }),
        409,
        'cannot_deactivate_self',
      );
      expect(body.message).toBe('Anda tidak dapat menonaktifkan akun Anda sendiri.');
      expect((await admin.get('/api/v1/auth/me')).status).toBe(200);
      const renamed = await admin.patch<{ user: PublicUser }>(`/api/v1/users/${id}`, {
        fullName: 'Admin Lampung',
      });
      expect(renamed.status).toBe(200);
      expect(renamed.body.user.active).toBe(true);

      const superadmin = await env().as('admin');
      const sid = (await superadmin.get<{ user: PublicUser }>('/api/v1/auth/me')).body.user.id;
      expectError(
        await superadmin.patch(`/api/v1/users/${sid}`, { active: false }),
        409,
        'cannot_deactivate_self',
      );
    });
  });

  describe('list', () => {
    it('searches by username and full name, case-insensitively', async () => {
      const admin = await env().as('lampung.admin');
      const a = await createUserVia(admin, { username: 'cari.satu', fullName: 'Siti Carisma' });
      const b = await createUserVia(admin, { username: 'cari.dua', fullName: 'Budi Santoso' });
      const byUsername = await admin.get<UserPage>('/api/v1/users?q=CARI.');
      expect(byUsername.body.items.map((u) => u.id).sort()).toEqual([a.id, b.id].sort());
      expect(byUsername.body.total).toBe(2);
      const byName = await admin.get<UserPage>('/api/v1/users?q=santoso');
      expect(byName.body.items.map((u) => u.id)).toEqual([b.id]);
      const none = await admin.get<UserPage>('/api/v1/users?q=tidakadasiapapun');
      expect(none.body).toMatchObject({ items: [], total: 0 });
    });

    it('filters by region, including the region’s descendants', async () => {
      const admin = await env().as('lampung.admin');
      const inDistrict = await createUserVia(admin, { regionCode: '18.71.01' });
      const inVillage = await createUserVia(admin, { regionCode: '18.71.01.1003' });
      const elsewhere = await createUserVia(admin, { regionCode: '18.01' });

      const r = await admin.get<UserPage>('/api/v1/users?region=18.71&pageSize=100');
      const ids = r.body.items.map((u) => u.id);
      expect(ids).toEqual(expect.arrayContaining([inDistrict.id, inVillage.id]));
      expect(ids).not.toContain(elsewhere.id);
      for (const u of r.body.items)
        expect(u.regionCode === '18.71' || u.regionCode.startsWith('18.71.'), u.regionCode).toBe(true);
      expect(r.body.items.map((u) => u.username)).toEqual(
        expect.arrayContaining(['bandarlampung.operator', 'bandarlampung.loket']),
      );

      const district = await admin.get<UserPage>('/api/v1/users?region=18.71.01');
      expect(district.body.items.map((u) => u.id).sort()).toEqual([inDistrict.id, inVillage.id].sort());
      expect(district.body.total).toBe(2);
    });

    it('paginates with a stable order and a total', async () => {
      const admin = await env().as('lampung.admin');
      for (let i = 0; i < 5; i++)
        await createUserVia(admin, { username: `halaman.${i}`, regionCode: '18.72' });
      const all = await admin.get<UserPage>('/api/v1/users?region=18.72&pageSize=100');
      expect(all.body.total).toBe(5);
      const page1 = await admin.get<UserPage>('/api/v1/users?region=18.72&pageSize=2&page=1');
      const page2 = await admin.get<UserPage>('/api/v1/users?region=18.72&pageSize=2&page=2');
      const page3 = await admin.get<UserPage>('/api/v1/users?region=18.72&pageSize=2&page=3');
      const page4 = await admin.get<UserPage>('/api/v1/users?region=18.72&pageSize=2&page=4');
      expect(page1.body).toMatchObject({ total: 5, page: 1, pageSize: 2 });
      expect(page2.body.total).toBe(5);
      expect(page3.body.items).toHaveLength(1);
      expect(page4.body).toMatchObject({ items: [], total: 5, page: 4 });
      const paged = [...page1.body.items, ...page2.body.items, ...page3.body.items].map((u) => u.username);
      expect(paged).toEqual(all.body.items.map((u) => u.username));
      expect(paged).toEqual(['halaman.0', 'halaman.1', 'halaman.2', 'halaman.3', 'halaman.4']);
    });

    it('refuses bad paging parameters', async () => {
      const admin = await env().as('lampung.admin');
      expect(
        detailFields(expectError(await admin.get('/api/v1/users?pageSize=1000'), 400, 'validation_failed')),
      ).toEqual(['pageSize']);
      expect(
        detailFields(expectError(await admin.get('/api/v1/users?page=0'), 400, 'validation_failed')),
      ).toEqual(['page']);
      expect(
        detailFields(expectError(await admin.get('/api/v1/users?region=lampung'), 400, 'validation_failed')),
      ).toEqual(['region']);
    });
  });
});
