import { maskNik } from '@sigap/domain';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReadBudget } from '../../src/config';
import { clientFor } from '../helpers/client';
import { createUserVia, expectError } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import type { ResidentPage } from './residents-fixtures';
import { residentId, seedResidents } from './seed-residents';

// Issue 9: 30 list pages (3,000 people) in 2.1 s added no audit entry and nothing slowed them down; a
// lookup by full NIK returned the name unaudited.
const people = Array.from({ length: 70 }, (_, i) =>
  buildResident({ fullName: `WARGA BACA ${String(i).padStart(2, '0')}`, villageCode: '18.71.02.1003' }),
);
const target = people[3] as (typeof people)[number];
/** A pinned clock in the middle of a 10-minute window, so no test straddles a window's end. */
const NOON = new Date('2026-03-10T12:04:00Z');
const now = () => NOON;

async function lastAudit(env: TestEnv, action: string, username: string) {
  return env.handle.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .where('username', '=', username)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

async function auditCount(env: TestEnv, action: string, username: string): Promise<number> {
  const r = await env.handle.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', action)
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A fresh operator of 18.71, so that each budget test starts from an unspent budget. */
async function freshOperator(env: TestEnv) {
  const user = await createUserVia(await env.as('admin'), { role: 'operator_kabkota', regionCode: '18.71' });
  const client = clientFor(env.app, '10.0.0.7');
  expect((await client.login(user.username, user.password)).status).toBe(200);
  return { user, client };
}

describeEachEngine('resident reads: audited and budgeted', (env) => {
  let defaults: ReadBudget;
  beforeAll(async () => {
    await seedResidents(env(), people);
    defaults = { ...env().config.readBudget };
  });
  afterEach(() => {
    env().config.readBudget = { ...defaults };
  });

  describe('audit', () => {
    it('a name search records who, the filter, the ids shown and the count', async () => {
      const op = await env().as('bandarlampung.operator');
      const r = await op.get<ResidentPage>('/api/v1/residents?q=warga%20baca&pageSize=25&page=2');
      expect(r.status).toBe(200);
      const entry = await lastAudit(env(), 'resident.search', 'bandarlampung.operator');
      expect(entry).toMatchObject({ entity: 'resident', region_code: '18.71' });
      const summary = JSON.parse(entry?.summary ?? '{}');
      expect(summary).toMatchObject({
        filter: { q: 'warga baca', match: 'contains' },
        page: 2,
        pageSize: 25,
        shown: 25,
        total: 70,
      });
      expect(summary.ids).toEqual(r.body.items.map((i) => i.id));
    });

    it('an exact NIK lookup is audited with the NIK masked and the person found', async () => {
      const op = await env().as('bandarlampung.operator');
      const before = await auditCount(env(), 'resident.lookup_nik', 'bandarlampung.operator');
      const r = await op.get<ResidentPage>(`/api/v1/residents?nik=${target.nik}`);
      expect(r.body.total).toBe(1);
      expect(await auditCount(env(), 'resident.lookup_nik', 'bandarlampung.operator')).toBe(before + 1);
      const entry = await lastAudit(env(), 'resident.lookup_nik', 'bandarlampung.operator');
      expect(entry?.entity_id).toBe(String(await residentId(env(), target.nik)));
      expect(entry?.summary).not.toContain(target.nik);
      expect(entry?.summary).not.toContain(target.nik.slice(4));
      expect(JSON.parse(entry?.summary ?? '{}')).toMatchObject({
        filter: { nik: maskNik(target.nik) },
        shown: 1,
      });
    });

    it('a NIK typed into the name box is masked in the audit too', async () => {
      const op = await env().as('bandarlampung.operator');
      expect((await op.get(`/api/v1/residents?q=${target.nik}`)).status).toBe(200);
      const entry = await lastAudit(env(), 'resident.search', 'bandarlampung.operator');
      expect(entry?.summary).not.toContain(target.nik);
      expect(JSON.parse(entry?.summary ?? '{}').filter.q).toBe(maskNik(target.nik));
    });
  });

  describe('read budget', () => {
    it('paging past the budget gets 429 with Retry-After, the admins one notice, the audit one entry', async () => {
      env().config.readBudget = { rows: 50, windowMinutes: 10, dayRows: 10_000, now };
      const { user, client } = await freshOperator(env());
      for (const page of [1, 2, 3]) {
        const r = await client.get(`/api/v1/residents?q=warga%20baca&pageSize=20&page=${page}`);
        expect(r.status, `page ${page}`).toBe(200);
      }
      for (const url of [
        '/api/v1/residents?q=warga%20baca&pageSize=20&page=4',
        '/api/v1/residents?q=warga',
      ]) {
        const r = await client.get(url);
        const body = expectError(r, 429, 'read_budget_exceeded');
        expect(body.message).toMatch(/Coba lagi dalam \d+ menit/);
        expect(body.messageEn).toMatch(/Try again in \d+ minutes/);
        const retry = Number(r.headers['retry-after']);
        expect(retry).toBe(6 * 60); // 12:04 → the window ends at 12:10
      }
      // Opening a record spends from the same budget.
      const id = await residentId(env(), target.nik);
      expectError(await client.get(`/api/v1/residents/${id}`), 429, 'read_budget_exceeded');

      const notices = await env()
        .handle.db.selectFrom('notices')
        .innerJoin('users', 'users.id', 'notices.user_id')
        .select(['users.username', 'notices.data', 'notices.severity'])
        .where('notices.kind', '=', 'resident_read_volume')
        .where('notices.dedupe_key', 'like', `read-budget:${user.id}:%`)
        .execute();
      const recipients = notices.map((n) => n.username).sort();
      expect(recipients).toContain('admin');
      expect(new Set(recipients).size).toBe(recipients.length);
      expect(JSON.parse(notices[0]?.data ?? '{}')).toMatchObject({
        username: user.username,
        window: 'short',
        limit: 50,
      });
      expect(await auditCount(env(), 'resident.read_throttled', user.username)).toBe(1);
      // Refused pages are not audited as reads: three pages were shown.
      expect(await auditCount(env(), 'resident.search', user.username)).toBe(3);
    });

    it('the day budget refuses too, until the end of the UTC day', async () => {
      env().config.readBudget = { rows: 10_000, windowMinutes: 10, dayRows: 30, now };
      const { client } = await freshOperator(env());
      expect((await client.get('/api/v1/residents?q=warga%20baca&pageSize=30')).status).toBe(200);
      const r = await client.get('/api/v1/residents?q=warga%20baca&pageSize=30&page=2');
      expectError(r, 429, 'read_budget_exceeded');
      expect(Number(r.headers['retry-after'])).toBe(11 * 3600 + 56 * 60); // 12:04 → midnight UTC
      expect((r.body as { message: string }).message).toContain('dalam 12 jam');
    });

    it('another user is not held by someone else’s spent budget', async () => {
      env().config.readBudget = { rows: 20, windowMinutes: 10, dayRows: 10_000, now };
      const first = await freshOperator(env());
      expect((await first.client.get('/api/v1/residents?q=warga%20baca&pageSize=20')).status).toBe(200);
      expect((await first.client.get('/api/v1/residents?q=warga%20baca')).status).toBe(429);
      const second = await freshOperator(env());
      expect((await second.client.get('/api/v1/residents?q=warga%20baca&pageSize=20')).status).toBe(200);
    });
  });
});
