import type { NoticeItem } from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import type { ErrorBody } from '../../src/errors';
import { type AuditPage, createUserVia } from '../helpers/factories';
import { describeEachEngine, TEST_PASSWORD } from '../helpers/test-env';

/**
 * Issue 9 "lock-out by login throttling": an attacker can slow guessing down but lock out neither a user
 * nor an office. The app under test runs on an injected clock, so waits are skipped, never slept.
 */
interface Attempt {
  status: number;
  body: ErrorBody;
  retryAfter: number | null;
  deviceCookie: string | undefined;
}

interface NoticePage {
  items: NoticeItem[];
}

function deviceCookieOf(headers: Record<string, unknown>): string | undefined {
  const raw = headers['set-cookie'];
  const all = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
  const pair = all.find((c) => c.startsWith('sigap_device='))?.split(';')[0];
  return pair?.slice('sigap_device='.length);
}

describeEachEngine('login throttling', (env) => {
  let clockMs = Date.parse('2030-01-15T01:00:00.000Z');
  let app: FastifyInstance;
  const advance = (seconds: number) => {
    clockMs += seconds * 1000;
  };

  beforeAll(async () => {
    app = await buildApp({ handle: env().handle, config: env().config, now: () => new Date(clockMs) });
    await app.ready();
  });
  afterAll(async () => app.close());

  async function attempt(ip: string, username: string, password: string, device?: string): Promise<Attempt> {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: ip,
      payload: { username, password },
      ...(device ? { headers: { cookie: `sigap_device=${device}` } } : {}),
    });
    const header = r.headers['retry-after'];
    const body = r.json() as ErrorBody;
    const result = {
      status: r.statusCode,
      body,
      retryAfter: header === undefined ? null : Number(header),
      deviceCookie: deviceCookieOf(r.headers),
    };
    if (r.statusCode === 429) expectConsistentWait(result);
    return result;
  }

  /** Every 429 has a Retry-After, and its message announces that same wait. */
  function expectConsistentWait(a: Attempt): void {
    expect(a.body.error).toBe('too_many_login_attempts');
    expect(a.retryAfter).toBeGreaterThan(0);
    const s = a.retryAfter ?? 0;
    const id = s < 120 ? `${s} detik` : `${Math.ceil(s / 60)} menit`;
    const en = s < 120 ? `${s} seconds` : `${Math.ceil(s / 60)} minutes`;
    expect(a.body.message).toBe(`Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${id}.`);
    expect(a.body.messageEn).toBe(`Too many failed login attempts. Try again in ${en}.`);
  }

  /** A failed attempt that is counted: a 429 is waited out (clock advanced) and tried again. */
  async function fail(ip: string, username: string): Promise<void> {
    for (;;) {
      const r = await attempt(ip, username, 'wrong-password-guess');
      if (r.status === 401) return;
      expect(r.status).toBe(429);
      advance(r.retryAfter ?? 0);
    }
  }

  async function auditCount(action: string, match: (e: AuditPage['items'][number]) => boolean) {
    const admin = await env().as('admin');
    const page = await admin.get<AuditPage>(`/api/v1/audit?action=${action}&pageSize=200`);
    return page.body.items.filter(match).length;
  }

  async function noticesOf(username: string, kind: string): Promise<NoticeItem[]> {
    const client = await env().as(username);
    const page = await client.get<NoticePage>('/api/v1/notices?pageSize=100');
    return page.body.items.filter((n) => n.kind === kind);
  }

  describe('a spray of many usernames from one IP', () => {
    it('slows the IP for seconds, never locks an office out, and alerts the superadmins once', async () => {
      const ip = '10.30.0.1';
      // Someone at the office logged in earlier from this browser: it holds a device cookie.
      const earlier = await attempt(ip, 'lampung.pimpinan', TEST_PASSWORD);
      expect(earlier.status).toBe(200);
      for (let i = 0; i < 30; i++) await fail(ip, `spray.victim${i}`);

      // A colleague without a device cookie waits at most a short, announced time, then gets in.
      const waiting = await attempt(ip, 'bandarlampung.loket', TEST_PASSWORD);
      expect(waiting.status).toBe(429);
      expect(waiting.retryAfter).toBeLessThanOrEqual(60);
      advance(waiting.retryAfter ?? 0);
      expect((await attempt(ip, 'bandarlampung.loket', TEST_PASSWORD)).status).toBe(200);

      // Another spray attempt right away: the IP is slowed again; the browser with a device cookie is not.
      await fail(ip, 'spray.victim-late');
      expect((await attempt(ip, 'bandarlampung.operator', TEST_PASSWORD)).status).toBe(429);
      expect((await attempt(ip, 'lampung.pimpinan', TEST_PASSWORD, earlier.deviceCookie)).status).toBe(200);

      expect(await auditCount('auth.login_spray', (e) => e.ip === ip)).toBe(1);
      const notices = (await noticesOf('admin', 'auth.login_spray')).filter((n) => n.data.ip === ip);
      expect(notices).toHaveLength(1);
      expect(notices[0]?.message).toContain(ip);
      // A spray names no region: province admins are not told about usernames outside their care.
      expect((await noticesOf('lampung.admin', 'auth.login_spray')).length).toBe(0);
    });
  });

  describe('guessing one account', () => {
    it('5 wrong passwords from IP A: the right one from IP B works at once, from A after Retry-After', async () => {
      const target = await createUserVia(await env().as('admin'), { regionCode: '18.71' });
      for (let i = 0; i < 5; i++) await fail('10.31.0.1', target.username);
      expect((await attempt('10.31.0.2', target.username, target.password)).status).toBe(200);
      // The case of the username opens no way around the wait of the pair.
      const refused = await attempt('10.31.0.1', target.username.toUpperCase(), target.password);
      expect(refused.status).toBe(429);
      expect(refused.retryAfter).toBe(1);
      advance(refused.retryAfter ?? 0);
      expect((await attempt('10.31.0.1', target.username, target.password)).status).toBe(200);
    });

    it('50 wrong passwords from IP A: B at once, A within the announced 15 minutes; admins told once', async () => {
      const target = await createUserVia(await env().as('admin'), { regionCode: '18.71' });
      const browser = await attempt('10.32.0.3', target.username, target.password);
      expect(browser.status).toBe(200);
      for (let i = 0; i < 50; i++) await fail('10.32.0.1', target.username);

      expect((await attempt('10.32.0.2', target.username, target.password)).status).toBe(200);
      expect(
        (await attempt('10.32.0.3', target.username, target.password, browser.deviceCookie)).status,
      ).toBe(200);
      const refused = await attempt('10.32.0.1', target.username, target.password);
      expect(refused.status).toBe(429);
      expect(refused.retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(refused.body.message).toMatch(/menit/);
      advance(refused.retryAfter ?? 0);
      expect((await attempt('10.32.0.1', target.username, target.password)).status).toBe(200);

      expect(await auditCount('auth.login_guessing', (e) => e.entityId === String(target.id))).toBe(1);
      for (const admin of ['admin', 'lampung.admin']) {
        const told = (await noticesOf(admin, 'auth.login_guessing')).filter(
          (n) => n.data.userId === target.id,
        );
        expect(told, admin).toHaveLength(1);
      }
      // An admin of another province is not told about a Lampung account.
      const ntb = (await noticesOf('ntb.admin', 'auth.login_guessing')).filter(
        (n) => n.data.userId === target.id,
      );
      expect(ntb).toHaveLength(0);
    });

    it('a guess spread over many IPs slows new browsers by at most 30 s, never the known browser', async () => {
      const target = await createUserVia(await env().as('admin'), { regionCode: '18.71' });
      const browser = await attempt('10.33.0.99', target.username, target.password);
      expect(browser.status).toBe(200);
      for (let i = 0; i < 14; i++) await fail(`10.33.1.${i}`, target.username);
      const fresh = await attempt('10.33.0.50', target.username, target.password);
      expect(fresh.status).toBe(429);
      expect(fresh.retryAfter).toBeLessThanOrEqual(30);
      expect(
        (await attempt('10.33.0.99', target.username, target.password, browser.deviceCookie)).status,
      ).toBe(200);
      advance(fresh.retryAfter ?? 0);
      expect((await attempt('10.33.0.50', target.username, target.password)).status).toBe(200);
    });

    it('a refused attempt is not counted: hammering during the wait does not lengthen it', async () => {
      const target = await createUserVia(await env().as('admin'), { regionCode: '18.71' });
      for (let i = 0; i < 6; i++) await fail('10.34.0.1', target.username);
      const first = await attempt('10.34.0.1', target.username, 'wrong-password-guess');
      expect(first.status).toBe(429);
      for (let i = 0; i < 20; i++) await attempt('10.34.0.1', target.username, 'wrong-password-guess');
      const later = await attempt('10.34.0.1', target.username, target.password);
      expect(later.retryAfter).toBe(first.retryAfter);
    });
  });
});
