import type { PublicUser } from '@sigap/contracts';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../src/db/schema';
import { appendAuditEntry } from '../../src/modules/audit/audit.repository';
import { verifyAuditChain } from '../../src/modules/audit/audit.service';
import { auditHash } from '../../src/modules/audit/audit-hash';
import { DEMO_USERS } from '../../src/seed/demo-users';
import { clientFor } from '../helpers/client';
import { type AuditPage, createUserVia, detailFields, expectError, officeDay } from '../helpers/factories';
import { describeEachEngine, TEST_PASSWORD, type TestEnv } from '../helpers/test-env';

function inside(scope: string, code: string | null): boolean {
  return code !== null && (code === scope || code.startsWith(`${scope}.`));
}

async function auditRows(env: TestEnv): Promise<AuditRow[]> {
  return env.handle.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
}

describeEachEngine('audit', (env) => {
  describe('what is recorded', () => {
    it('records user.create, user.update and auth.login with who, what, where and from which IP', async () => {
      const started = Date.now();
      const admin = clientFor(env().app, '10.20.30.40');
      const login = await admin.login('lampung.admin', TEST_PASSWORD);
      const adminId = (login.body as unknown as { user: PublicUser }).user.id;
      const user = await createUserVia(admin, { role: 'petugas_loket', regionCode: '18.71.01' });
      expect((await admin.patch(`/api/v1/users/${user.id}`, { fullName: 'Nama Kedua' })).status).toBe(200);
      expect((await clientFor(env().app, '10.20.30.41').login(user.username, user.password)).status).toBe(
        200,
      );

      const superadmin = await env().as('admin');
      const created = await superadmin.get<AuditPage>(
        '/api/v1/audit?action=user.create&username=lampung.admin',
      );
      const createEntry = created.body.items.find((e) => e.entityId === String(user.id));
      expect(createEntry).toEqual({
        id: expect.any(Number),
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        userId: adminId,
        username: 'lampung.admin',
        action: 'user.create',
        entity: 'user',
        entityId: String(user.id),
        regionCode: '18.71.01',
        summary: {
          username: user.username,
          fullName: user.fullName,
          role: 'petugas_loket',
          regionCode: '18.71.01',
        },
        ip: '10.20.30.40',
      });
      const at = Date.parse(createEntry?.at ?? '');
      expect(at).toBeGreaterThanOrEqual(started - 1000);
      expect(at).toBeLessThanOrEqual(Date.now() + 1000);

      const updated = await superadmin.get<AuditPage>(
        '/api/v1/audit?action=user.update&username=lampung.admin',
      );
      expect(updated.body.items.find((e) => e.entityId === String(user.id))).toMatchObject({
        userId: adminId,
        entity: 'user',
        regionCode: '18.71.01',
        summary: { username: user.username, fullName: [user.fullName, 'Nama Kedua'] },
        ip: '10.20.30.40',
      });

      const logins = await superadmin.get<AuditPage>(
        `/api/v1/audit?action=auth.login&username=${user.username}`,
      );
      expect(logins.body.items).toHaveLength(1);
      expect(logins.body.items[0]).toMatchObject({
        userId: user.id,
        username: user.username,
        entity: 'user',
        entityId: String(user.id),
        regionCode: '18.71.01',
        summary: {},
        ip: '10.20.30.41',
      });

      const adminLogin = await superadmin.get<AuditPage>(
        '/api/v1/audit?action=auth.login&username=lampung.admin',
      );
      expect(adminLogin.body.items.some((e) => e.ip === '10.20.30.40' && e.userId === adminId)).toBe(true);
    });

    it('records the demo seed as system actions without an actor', async () => {
      const superadmin = await env().as('admin');
      const r = await superadmin.get<AuditPage>('/api/v1/audit?action=user.create&pageSize=200');
      const seeded = r.body.items.filter((e) => e.userId === null);
      expect(seeded.map((e) => e.summary.username)).toEqual(
        expect.arrayContaining(DEMO_USERS.map((u) => u.username)),
      );
      for (const e of seeded) expect(e).toMatchObject({ username: null, ip: null });
    });

    it('lists entries newest first, with paging and a total', async () => {
      const superadmin = await env().as('admin');
      const all = await superadmin.get<AuditPage>('/api/v1/audit?pageSize=200');
      const ids = all.body.items.map((e) => e.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(all.body.total).toBe(all.body.items.length);
      const p2 = await superadmin.get<AuditPage>('/api/v1/audit?pageSize=3&page=2');
      expect(p2.body).toMatchObject({ total: all.body.total, page: 2, pageSize: 3 });
      expect(p2.body.items.map((e) => e.id)).toEqual(ids.slice(3, 6));
    });
  });

  describe('filters', () => {
    it('by region, including sub-regions', async () => {
      const superadmin = await env().as('admin');
      const ntb = await superadmin.get<AuditPage>('/api/v1/audit?region=52&pageSize=200');
      expect(ntb.body.total).toBeGreaterThanOrEqual(2);
      expect(ntb.body.items.map((e) => e.summary.username)).toEqual(
        expect.arrayContaining(['ntb.admin', 'lombokbarat.operator']),
      );
      for (const e of ntb.body.items) expect(inside('52', e.regionCode), String(e.regionCode)).toBe(true);

      const kota = await superadmin.get<AuditPage>('/api/v1/audit?region=18.71&pageSize=200');
      expect(kota.body.total).toBeGreaterThan(0);
      for (const e of kota.body.items) expect(inside('18.71', e.regionCode), String(e.regionCode)).toBe(true);
      expect(kota.body.items.some((e) => e.regionCode === '18.71.01')).toBe(true);
    });

    it('by username (of the actor), in any case', async () => {
      const superadmin = await env().as('admin');
      const r = await superadmin.get<AuditPage>('/api/v1/audit?username=lampung.admin&pageSize=200');
      expect(r.body.total).toBeGreaterThan(0);
      for (const e of r.body.items) expect(e.username).toBe('lampung.admin');
      const upper = await superadmin.get<AuditPage>('/api/v1/audit?username=LAMPUNG.ADMIN&pageSize=200');
      expect(upper.body.total).toBe(r.body.total);
      const none = await superadmin.get<AuditPage>('/api/v1/audit?username=tidak.ada');
      expect(none.body).toMatchObject({ items: [], total: 0 });
    });

    it('by action, combined with the other filters', async () => {
      const superadmin = await env().as('admin');
      const r = await superadmin.get<AuditPage>('/api/v1/audit?action=user.update&pageSize=200');
      expect(r.body.total).toBeGreaterThan(0);
      for (const e of r.body.items) expect(e.action).toBe('user.update');
      const combined = await superadmin.get<AuditPage>(
        '/api/v1/audit?action=user.create&region=52&pageSize=200',
      );
      expect(combined.body.total).toBeGreaterThanOrEqual(2);
      for (const e of combined.body.items) {
        expect(e.action).toBe('user.create');
        expect(inside('52', e.regionCode)).toBe(true);
      }
    });

    it('by date (office days, inclusive)', async () => {
      const superadmin = await env().as('admin');
      const all = await superadmin.get<AuditPage>('/api/v1/audit?pageSize=1');
      const today = officeDay(0);
      const todays = await superadmin.get<AuditPage>(`/api/v1/audit?from=${today}&to=${today}&pageSize=1`);
      expect(todays.body.total).toBe(all.body.total);
      const tomorrow = await superadmin.get<AuditPage>(`/api/v1/audit?from=${officeDay(1)}`);
      expect(tomorrow.body.total).toBe(0);
      const yesterday = await superadmin.get<AuditPage>(`/api/v1/audit?to=${officeDay(-1)}`);
      expect(yesterday.body.total).toBe(0);
    });

    it('counts a date in WIB (UTC+7): 00:30 WIB belongs to that day, not to the previous UTC day', async () => {
      const { db } = env().handle;
      const base = {
        user_id: null,
        username: null,
        action: 'test.boundary',
        entity: 'test',
        entity_id: null,
        summary: '{}',
        ip: null,
      };
      await db.transaction().execute(async (trx) => {
        await appendAuditEntry(trx, env().handle.store, {
          ...base,
          at: '2024-03-10T16:59:59.999Z',
          region_code: '18',
        });
        await appendAuditEntry(trx, env().handle.store, {
          ...base,
          at: '2024-03-10T17:30:00.000Z',
          region_code: '18',
        });
      });
      const superadmin = await env().as('admin');
      const tenth = await superadmin.get<AuditPage>(
        '/api/v1/audit?action=test.boundary&from=2024-03-10&to=2024-03-10',
      );
      expect(tenth.body.items.map((e) => e.at)).toEqual(['2024-03-10T16:59:59.999Z']);
      const eleventh = await superadmin.get<AuditPage>(
        '/api/v1/audit?action=test.boundary&from=2024-03-11&to=2024-03-11',
      );
      expect(eleventh.body.items.map((e) => e.at)).toEqual(['2024-03-10T17:30:00.000Z']);
      const both = await superadmin.get<AuditPage>(
        '/api/v1/audit?action=test.boundary&from=2024-03-10&to=2024-03-11',
      );
      expect(both.body.total).toBe(2);
      expect((await verifyAuditChain(db)).ok).toBe(true);
    });

    it('refuses a date that is not YYYY-MM-DD', async () => {
      const superadmin = await env().as('admin');
      for (const bad of ['2024/01/01', '01-02-2024', 'today']) {
        const err = expectError(await superadmin.get(`/api/v1/audit?from=${bad}`), 400, 'validation_failed');
        expect(detailFields(err), bad).toEqual(['from']);
        expect(err.details?.[0]?.message).toBe('Tanggal harus berformat YYYY-MM-DD.');
      }
      expect(
        detailFields(
          expectError(await superadmin.get('/api/v1/audit?to=2024-1-1'), 400, 'validation_failed'),
        ),
      ).toEqual(['to']);
    });

    // A well-shaped but impossible date must be a validation error, not a 500 from `new Date(...).toISOString()`.
    it('refuses an impossible calendar date with 400, not a server error', async () => {
      const superadmin = await env().as('admin');
      for (const [param, bad] of [
        ['from', '2024-13-01'],
        ['to', '2024-12-32'],
        ['from', '2024-00-10'],
      ] as const) {
        const err = expectError(
          await superadmin.get(`/api/v1/audit?${param}=${bad}`),
          400,
          'validation_failed',
        );
        expect(detailFields(err), bad).toEqual([param]);
      }
    });
  });

  describe('actions', () => {
    it('lists the distinct action names, sorted', async () => {
      await env().anonymous().login('tidak.dikenal', 'salah-sekali-123');
      const superadmin = await env().as('admin');
      const r = await superadmin.get<{ items: string[] }>('/api/v1/audit/actions');
      expect(r.status).toBe(200);
      expect(r.body.items).toEqual(
        expect.arrayContaining(['auth.login', 'auth.login_failed', 'user.create', 'user.update']),
      );
      expect(r.body.items).toEqual([...new Set(r.body.items)].sort());
    });
  });
});

describeEachEngine('audit chain', (env) => {
  it('verifies the untouched chain with the right number of entries', async () => {
    // A fresh database holds one entry per seeded demo user.
    expect(await verifyAuditChain(env().handle.db)).toEqual({ ok: true, entries: DEMO_USERS.length });
    const admin = await env().as('admin'); // auth.login
    const user = await createUserVia(admin); // user.create
    expect((await admin.patch(`/api/v1/users/${user.id}`, { fullName: 'Nama Rantai' })).status).toBe(200); // user.update
    expect((await env().anonymous().login('admin', 'bukan-sandinya-1')).status).toBe(401); // auth.login_failed
    const expected = DEMO_USERS.length + 4;
    expect(await verifyAuditChain(env().handle.db)).toEqual({ ok: true, entries: expected });
    expect(await auditRows(env())).toHaveLength(expected);
  });

  it('links each entry to the previous one', async () => {
    const rows = await auditRows(env());
    expect(rows[0]?.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
  });

  it('reports the entry whose summary was changed by hand, and is whole again once restored', async () => {
    const { db } = env().handle;
    const rows = await auditRows(env());
    const victim = rows[4];
    if (!victim) throw new Error('expected at least five audit entries');
    await sql`update audit_log set summary = ${'{"username":"dipalsukan"}'} where id = ${victim.id}`.execute(
      db,
    );
    const broken = await verifyAuditChain(db);
    expect(broken).toMatchObject({ ok: false, brokenAt: victim.id, entries: 5 });
    expect(broken.ok ? '' : broken.reason).toMatch(/content/);

    await sql`update audit_log set summary = ${victim.summary} where id = ${victim.id}`.execute(db);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: rows.length });
  });

  it('reports the next link when a forger also rewrites the changed entry’s own hash', async () => {
    const { db } = env().handle;
    const rows = await auditRows(env());
    const victim = rows[2];
    const next = rows[3];
    if (!victim || !next) throw new Error('expected at least four audit entries');
    const forgedHash = auditHash(victim.prev_hash, { ...victim, ip: '1.2.3.4' });
    await sql`update audit_log set ip = ${'1.2.3.4'}, hash = ${forgedHash} where id = ${victim.id}`.execute(
      db,
    );
    const broken = await verifyAuditChain(db);
    expect(broken).toMatchObject({ ok: false, brokenAt: next.id, entries: 4 });
    expect(broken.ok ? '' : broken.reason).toMatch(/prev_hash/);
    await sql`update audit_log set ip = ${victim.ip}, hash = ${victim.hash} where id = ${victim.id}`.execute(
      db,
    );
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('reports a broken link after a middle entry is deleted', async () => {
    const { db } = env().handle;
    const rows = await auditRows(env());
    const deleted = rows[3];
    const after = rows[4];
    if (!deleted || !after) throw new Error('expected at least five audit entries');
    await sql`delete from audit_log where id = ${deleted.id}`.execute(db);
    const broken = await verifyAuditChain(db);
    expect(broken).toMatchObject({ ok: false, brokenAt: after.id, entries: 4 });
    expect(broken.ok ? '' : broken.reason).toMatch(/prev_hash/);
  });

  it('keeps appending to the chain after the damage without hiding it', async () => {
    const admin = await env().as('admin');
    await createUserVia(admin);
    const r = await verifyAuditChain(env().handle.db);
    expect(r.ok).toBe(false);
  });
});
