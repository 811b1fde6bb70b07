import type { PublicUser } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { clientFor } from '../helpers/client';
import { type AuditPage, createUserVia, expectError } from '../helpers/factories';
import { describeEachEngine, TEST_PASSWORD } from '../helpers/test-env';

interface SessionBody {
  user: PublicUser;
  csrfToken: string;
}

function setCookies(headers: Record<string, unknown>): string[] {
  const raw = headers['set-cookie'];
  if (Array.isArray(raw)) return raw.map(String);
  return typeof raw === 'string' ? [raw] : [];
}

describeEachEngine('auth', (env) => {
  describe('login and session', () => {
    it('sets an httpOnly, SameSite=Lax session cookie and returns the user and a CSRF token', async () => {
      const client = env().anonymous();
      const r = await client.login('lampung.admin', TEST_PASSWORD);
      expect(r.status).toBe(200);
      const cookie = setCookies(r.headers).find((c) => c.startsWith('sigap_session='));
      expect(cookie).toBeDefined();
      expect(cookie).toMatch(/^sigap_session=[^;]{20,};/);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Lax/i);
      expect(cookie).toMatch(/;\s*Path=\//);

      const body = r.body as unknown as SessionBody;
      expect(body.user).toMatchObject({
        username: 'lampung.admin',
        role: 'admin_provinsi',
        regionCode: '18',
        regionName: 'Lampung',
        active: true,
      });
      expect(body.user.lastLoginAt).not.toBeNull();
      expect(typeof body.csrfToken).toBe('string');
      expect(body.csrfToken.length).toBeGreaterThanOrEqual(20);
      const text = JSON.stringify(r.body);
      expect(text).not.toMatch(/argon2/);
      expect(text.toLowerCase()).not.toContain('password');
      expect(Object.keys(body).sort()).toEqual(['csrfToken', 'user']);
    });

    it('/auth/me returns the session user and its CSRF token', async () => {
      const client = await env().as('bandarlampung.operator');
      const r = await client.get<SessionBody>('/api/v1/auth/me');
      expect(r.status).toBe(200);
      expect(r.body.user).toMatchObject({
        username: 'bandarlampung.operator',
        role: 'operator_kabkota',
        regionCode: '18.71',
      });
      expect(r.body.csrfToken).toBe(client.csrfToken);
      expect(JSON.stringify(r.body)).not.toMatch(/argon2|password/i);
    });

    it('/auth/me without a session is 401 not_authenticated', async () => {
      const r = await env().anonymous().get('/api/v1/auth/me');
      expectError(r, 401, 'not_authenticated');
    });

    it('/auth/me with a made-up session cookie is 401 not_authenticated', async () => {
      const r = await env().app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: 'sigap_session=not-a-real-token' },
      });
      expect(r.statusCode).toBe(401);
      expect(r.json()).toMatchObject({ error: 'not_authenticated' });
    });

    it('accepts the username in any case and with surrounding spaces', async () => {
      const client = env().anonymous();
      const r = await client.login('  Lampung.ADMIN ', TEST_PASSWORD);
      expect(r.status).toBe(200);
      expect((r.body as unknown as SessionBody).user.username).toBe('lampung.admin');
      expect((await client.get('/api/v1/auth/me')).status).toBe(200);
    });
  });

  describe('wrong credentials', () => {
    it('a wrong password is 401 invalid_credentials with the Indonesian message', async () => {
      const client = env().anonymous();
      const r = await client.login('lampung.pimpinan', 'wrong-password-1');
      const body = expectError(r, 401, 'invalid_credentials');
      expect(body.message).toBe('Nama pengguna atau kata sandi salah.');
      expect(body.messageEn).toBe('Wrong username or password.');
      expect(setCookies(r.headers).some((c) => /^sigap_session=[^;]+/.test(c))).toBe(false);
      expectError(await client.get('/api/v1/auth/me'), 401, 'not_authenticated');
    });

    it('an unknown username gets exactly the same answer as a wrong password', async () => {
      const wrong = await env().anonymous().login('lampung.pimpinan', 'wrong-password-2');
      const unknown = await env().anonymous().login('nobody.at.all', 'wrong-password-2');
      expect(unknown.status).toBe(401);
      expect(unknown.body).toEqual(wrong.body);
    });

    it('records a failed and a successful login in the audit log', async () => {
      const ip = '10.0.7.7';
      const failed = await clientFor(env().app, ip).login('lampung.pimpinan', 'wrong-password-3');
      expect(failed.status).toBe(401);
      const ok = await clientFor(env().app, ip).login('lampung.pimpinan', TEST_PASSWORD);
      expect(ok.status).toBe(200);
      const userId = (ok.body as unknown as SessionBody).user.id;

      const admin = await env().as('admin');
      const failures = await admin.get<AuditPage>('/api/v1/audit?action=auth.login_failed&pageSize=200');
      const failure = failures.body.items.find((e) => e.ip === ip);
      expect(failure).toMatchObject({
        action: 'auth.login_failed',
        entity: 'user',
        entityId: String(userId),
        regionCode: '18',
        userId: null,
        summary: { username: 'lampung.pimpinan', reason: 'wrong_password' },
      });

      const logins = await admin.get<AuditPage>(
        '/api/v1/audit?action=auth.login&username=lampung.pimpinan&pageSize=200',
      );
      const login = logins.body.items.find((e) => e.ip === ip);
      expect(login).toMatchObject({
        action: 'auth.login',
        entity: 'user',
        entityId: String(userId),
        userId,
        username: 'lampung.pimpinan',
        regionCode: '18',
      });
      expect(login && failure && login.id > failure.id).toBe(true);
    });
  });

  // Issue 9: the old rules (a username locked after 5 failures from anywhere, an IP after 30, for 15
  // minutes) let an attacker lock users and whole offices out. These now expect slowing down instead;
  // the clock-driven cases are in login-throttle.test.ts.
  describe('throttling', () => {
    it('5 failures from 5 IPs do not lock the account: the right password from a sixth IP works', async () => {
      const admin = await env().as('admin');
      const target = await createUserVia(admin, { username: 'throttle.target' });
      for (let i = 0; i < 5; i++) {
        const r = await clientFor(env().app, `10.1.0.${i + 1}`).login(target.username, `wrong-password-${i}`);
        expectError(r, 401, 'invalid_credentials');
      }
      expect((await clientFor(env().app, '10.1.0.99').login(target.username, target.password)).status).toBe(
        200,
      );
    });

    it('after 5 failures from one IP that IP waits, told by Retry-After; the case of the name is no way round', async () => {
      const admin = await env().as('admin');
      const target = await createUserVia(admin, { username: 'throttle.waiting' });
      for (let i = 0; i < 5; i++) {
        expectError(
          await clientFor(env().app, '10.1.1.1').login(target.username, `wrong-password-${i}`),
          401,
          'invalid_credentials',
        );
      }
      // On the real clock a slow machine may let the first wait pass; the waits grow, so one comes soon.
      let r = await clientFor(env().app, '10.1.1.1').login('THROTTLE.Waiting', 'wrong-password-5');
      for (let i = 0; i < 10 && r.status !== 429; i++) {
        r = await clientFor(env().app, '10.1.1.1').login('THROTTLE.Waiting', 'wrong-password-6');
      }
      const body = expectError(r, 429, 'too_many_login_attempts');
      const seconds = Number(r.headers['retry-after']);
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(body.message).toContain(`${seconds} detik`);
      expect(body.messageEn).toContain(`${seconds} seconds`);
      // Other accounts are not affected.
      expect((await clientFor(env().app, '10.1.0.97').login('lampung.pimpinan', TEST_PASSWORD)).status).toBe(
        200,
      );
    });

    it('a success before the limit forgives the earlier failures of that username', async () => {
      const admin = await env().as('admin');
      const target = await createUserVia(admin, { username: 'throttle.forgiven' });
      for (let i = 0; i < 4; i++) {
        expect(
          (await clientFor(env().app, '10.2.0.1').login(target.username, 'wrong-password-x')).status,
        ).toBe(401);
      }
      expect((await clientFor(env().app, '10.2.0.1').login(target.username, target.password)).status).toBe(
        200,
      );
      for (let i = 0; i < 4; i++) {
        expect(
          (await clientFor(env().app, '10.2.0.1').login(target.username, 'wrong-password-y')).status,
        ).toBe(401);
      }
      expect((await clientFor(env().app, '10.2.0.1').login(target.username, target.password)).status).toBe(
        200,
      );
    });

    it('slows an IP after 10 failures over many usernames for seconds, not minutes; other IPs unaffected', async () => {
      const ip = '10.3.0.1';
      for (let i = 0; i < 10; i++) {
        const r = await clientFor(env().app, ip).login(`spray.victim${i}`, 'wrong-password-z');
        expectError(r, 401, 'invalid_credentials');
      }
      let slowed = await clientFor(env().app, ip).login('spray.victim-next', 'wrong-password-z');
      for (let i = 0; i < 10 && slowed.status !== 429; i++) {
        slowed = await clientFor(env().app, ip).login(`spray.victim-next${i}`, 'wrong-password-z');
      }
      const body = expectError(slowed, 429, 'too_many_login_attempts');
      expect(Number(slowed.headers['retry-after'])).toBeLessThanOrEqual(30);
      expect(body.message).toContain('detik');
      expect(
        (await clientFor(env().app, '10.3.0.2').login('bandarlampung.loket', TEST_PASSWORD)).status,
      ).toBe(200);
    });
  });

  describe('CSRF', () => {
    it('refuses a logout without the CSRF header, and with a wrong one; the session survives', async () => {
      const client = await env().as('lampung.pimpinan');
      expectError(
        await client.post('/api/v1/auth/logout', undefined, { csrf: null }),
        403,
        'csrf_token_invalid',
      );
      expectError(
        await client.post('/api/v1/auth/logout', undefined, { csrf: 'forged-token' }),
        403,
        'csrf_token_invalid',
      );
      expect((await client.get('/api/v1/auth/me')).status).toBe(200);
    });

    it('refuses a PATCH of a user without the CSRF header and changes nothing', async () => {
      const admin = await env().as('lampung.admin');
      const user = await createUserVia(admin);
      const r = await admin.patch(
        `/api/v1/users/${user.id}`,
        { fullName: 'Nama Tanpa Token' },
        { csrf: null },
      );
      expectError(r, 403, 'csrf_token_invalid');
      const after = await admin.get<{ user: PublicUser }>(`/api/v1/users/${user.id}`);
      expect(after.body.user.fullName).toBe(user.fullName);
    });

    it("refuses another session's CSRF token", async () => {
      const a = await env().as('lampung.admin');
      const b = await env().as('lampung.admin');
      expect(a.csrfToken).not.toBe(b.csrfToken);
      const user = await createUserVia(a);
      const r = await a.patch(
        `/api/v1/users/${user.id}`,
        { fullName: 'Nama Token Lain' },
        { csrf: b.csrfToken ?? '' },
      );
      expectError(r, 403, 'csrf_token_invalid');
    });

    // DESIGN.md: routes go auth → validate → service. A forged write must be refused as forged, not
    // answered with the validation rules of the route.
    it('checks the CSRF token before validating the body', async () => {
      const admin = await env().as('lampung.admin');
      const user = await createUserVia(admin);
      const r = await admin.patch(`/api/v1/users/${user.id}`, { role: 'no_such_role' }, { csrf: null });
      expectError(r, 403, 'csrf_token_invalid');
    });
  });

  describe('anonymous requests', () => {
    it('refuses an anonymous request before validating its input', async () => {
      expectError(await env().anonymous().get('/api/v1/regions'), 401, 'not_authenticated');
      expectError(await env().anonymous().get('/api/v1/users?pageSize=5000'), 401, 'not_authenticated');
    });

    it('refuses anonymous writes', async () => {
      const anon = env().anonymous();
      expectError(await anon.post('/api/v1/auth/logout'), 401, 'not_authenticated');
      expectError(
        await anon.post('/api/v1/users', {
          username: 'anon.made',
          fullName: 'Anon',
          role: 'operator_kabkota',
          regionCode: '18.71',
          password: 'sandi-uji-rahasia-1',
        }),
        401,
        'not_authenticated',
      );
    });
  });

  describe('logout and deactivation', () => {
    it('logout ends the session (me → 401) and is audited', async () => {
      const client = clientFor(env().app, '10.4.0.1');
      const login = await client.login('bandarlampung.operator', TEST_PASSWORD);
      const userId = (login.body as unknown as SessionBody).user.id;
      const r = await client.post('/api/v1/auth/logout');
      expect(r.status).toBe(204);
      expect(setCookies(r.headers).some((c) => /^sigap_session=;/.test(c))).toBe(true);
      expectError(await client.get('/api/v1/auth/me'), 401, 'not_authenticated');

      const admin = await env().as('admin');
      const audit = await admin.get<AuditPage>(
        '/api/v1/audit?action=auth.logout&username=bandarlampung.operator',
      );
      expect(audit.body.items.find((e) => e.ip === '10.4.0.1')).toMatchObject({
        action: 'auth.logout',
        entity: 'user',
        entityId: String(userId),
        userId,
        regionCode: '18.71',
      });
    });

    it('the old cookie is useless after logout, even replayed by hand', async () => {
      const login = await env().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'bandarlampung.operator', password: TEST_PASSWORD },
      });
      const cookie =
        setCookies(login.headers)
          .find((c) => c.startsWith('sigap_session='))
          ?.split(';')[0] ?? '';
      const csrf = (login.json() as SessionBody).csrfToken;
      const out = await env().app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { cookie, 'x-csrf-token': csrf },
      });
      expect(out.statusCode).toBe(204);
      const me = await env().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
      expect(me.statusCode).toBe(401);
    });

    it('a deactivated user loses its open sessions and cannot log in; reactivated, it can', async () => {
      const admin = await env().as('lampung.admin');
      const user = await createUserVia(admin, { role: 'petugas_loket' });
      const session = clientFor(env().app, '10.5.0.1');
      expect((await session.login(user.username, user.password)).status).toBe(200);
      expect((await session.get('/api/v1/auth/me')).status).toBe(200);

      const off = await admin.patch<{ user: PublicUser }>(`/api/v1/users/${user.id}`, { active: false });
      expect(off.status).toBe(200);
      expect(off.body.user.active).toBe(false);
      expectError(await session.get('/api/v1/auth/me'), 401, 'not_authenticated');

      const again = await clientFor(env().app, '10.5.0.2').login(user.username, user.password);
      const body = expectError(again, 401, 'invalid_credentials');
      expect(body.message).toBe('Nama pengguna atau kata sandi salah.');

      const superadmin = await env().as('admin');
      const audit = await superadmin.get<AuditPage>('/api/v1/audit?action=auth.login_failed&pageSize=200');
      expect(audit.body.items.find((e) => e.ip === '10.5.0.2')).toMatchObject({
        entityId: String(user.id),
        summary: { username: user.username, reason: 'inactive' },
      });

      expect((await admin.patch(`/api/v1/users/${user.id}`, { active: true })).status).toBe(200);
      expect((await clientFor(env().app, '10.5.0.3').login(user.username, user.password)).status).toBe(200);
    });

    it('a password change ends the sessions opened with the old password', async () => {
      const admin = await env().as('lampung.admin');
      const user = await createUserVia(admin);
      const session = clientFor(env().app, '10.6.0.1');
      expect((await session.login(user.username, user.password)).status).toBe(200);
      const newPassword = 'sandi-baru-rahasia-2';
      expect((await admin.patch(`/api/v1/users/${user.id}`, { password: newPassword })).status).toBe(200);
      expectError(await session.get('/api/v1/auth/me'), 401, 'not_authenticated');
      expectError(
        await clientFor(env().app, '10.6.0.2').login(user.username, user.password),
        401,
        'invalid_credentials',
      );
      expect((await clientFor(env().app, '10.6.0.3').login(user.username, newPassword)).status).toBe(200);
    });
  });
});
