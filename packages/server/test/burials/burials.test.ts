import type { BurialDetail, BurialReply } from '@sigap/contracts';
import { beforeAll, expect, it } from 'vitest';
import { buildBurial, createCemeteryFor, expectError, officeDay } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { residentId, seedResidents } from '../residents/seed-residents';

/** The manager's entry: validation, offline repeats, the edit window, duplicates and match candidates. */
describeEachEngine('burials: entry and worklist', (env) => {
  let cemetery = 0;
  beforeAll(async () => {
    cemetery = await createCemeteryFor(env().handle, '18.71.01', ['bandarlampung.makam']);
  });
  const enter = async (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    (await env().as('bandarlampung.makam')).post<BurialReply>(
      `/api/v1/burials/cemeteries/${cemetery}/entries`,
      body,
      {
        headers,
      },
    );

  it('stores an entry once however often the phone sends it (client UUID and Idempotency-Key)', async () => {
    const body = buildBurial({ fullName: 'Almarhum Sekali' });
    const first = await enter(body, { 'Idempotency-Key': body.clientId });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.burial).toMatchObject({
      status: 'open',
      fullName: 'Almarhum Sekali',
      cemeteryId: cemetery,
    });
    expect(first.body.burial.editableUntil).not.toBeNull();
    // The outbox lost the answer and sends again without the key, and again with it: one entry.
    const again = await enter(body);
    expect(again.status).toBe(200);
    expect(again.body.burial.id).toBe(first.body.burial.id);
    expect((await enter(body, { 'Idempotency-Key': body.clientId })).body.burial.id).toBe(
      first.body.burial.id,
    );
    const n = await env()
      .handle.db.selectFrom('burials')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('client_id', '=', body.clientId)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
    const events = await env()
      .handle.db.selectFrom('burial_events')
      .select('event')
      .where('burial_id', '=', first.body.burial.id)
      .execute();
    expect(events.map((e) => e.event)).toEqual(['entered']);
  });

  it('refuses impossible dates and an invalid NIK beside their fields, writing nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ dateOfBurial: officeDay(-3) }, 'burial_before_death', 'dateOfBurial'],
      [{ dateOfDeath: officeDay(1), dateOfBurial: officeDay(1) }, 'burial_death_in_future', 'dateOfDeath'],
      [{ dateOfBurial: officeDay(1) }, 'burial_in_future', 'dateOfBurial'],
      [{ nik: '12345' }, 'nik_length', 'nik'],
    ];
    for (const [o, code, field] of cases) {
      const err = expectError(await enter(buildBurial(o)), 422, code);
      expect(err.details?.[0]?.field).toBe(field);
    }
  });

  it('lets the author correct an entry for 24 hours only; nobody else, ever', async () => {
    const b = (await enter(buildBurial({ fullName: 'Almarhum Salah Ketik' }))).body.burial;
    const { clientId: _, ...edit } = buildBurial({ fullName: 'Almarhum Benar' });
    const manager = await env().as('bandarlampung.makam');
    const ok = await manager.put<BurialReply>(`/api/v1/burials/${b.id}`, edit);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.burial.fullName).toBe('Almarhum Benar');
    // The office may enter burials too, but not correct a manager's entry.
    expectError(
      await (await env().as('bandarlampung.operator')).put(`/api/v1/burials/${b.id}`, edit),
      409,
      'burial_locked',
    );
    const dayAgo = new Date(Date.now() - 24 * 3_600_000 - 1000).toISOString();
    await env().handle.db.updateTable('burials').set({ created_at: dayAgo }).where('id', '=', b.id).execute();
    expectError(
      await manager.put(`/api/v1/burials/${b.id}`, { ...edit, fullName: 'Terlambat' }),
      409,
      'burial_locked',
    );
    const stored = await env()
      .handle.db.selectFrom('burials')
      .select('full_name')
      .where('id', '=', b.id)
      .executeTakeFirstOrThrow();
    expect(stored.full_name).toBe('Almarhum Benar');
  });

  it('finds the resident by NIK, or by name and birth date with a score, and shows duplicates', async () => {
    const r = buildResident({
      fullName: 'SOEPARMAN HADI',
      birthDate: '1941-07-09',
      villageCode: '18.71.01.1003',
    });
    const other = buildResident({
      fullName: 'BAMBANG WIJAYA',
      birthDate: '1941-07-09',
      villageCode: '18.71.01.1003',
    });
    await seedResidents(env(), [r, other]);
    const id = await residentId(env(), r.nik);
    const byName = (
      await enter(
        buildBurial({
          fullName: 'Alm. Suparman Hadi',
          birthDate: '1941-07-09',
          villageCode: '18.71.01.1003',
          dateOfDeath: officeDay(-4),
          dateOfBurial: officeDay(-4),
        }),
      )
    ).body.burial;
    const byNik = (await enter(buildBurial({ nik: r.nik, fullName: 'Parman', birthDate: '1941-07-09' }))).body
      .burial;
    const twice = (
      await enter(
        buildBurial({
          fullName: 'SUPARMAN HADI',
          birthDate: '1941-07-09',
          dateOfDeath: officeDay(-4),
          dateOfBurial: officeDay(-3),
        }),
      )
    ).body.burial;
    const office = await env().as('bandarlampung.operator');
    const d = (await office.get<BurialDetail>(`/api/v1/burials/${byName.id}`)).body;
    expect(d.candidates[0]).toMatchObject({
      residentId: id,
      score: 100,
      birthDateMatch: 'same',
      villageMatch: 'same',
      byNik: false,
    });
    // Born the same day in the same village: shown, but far below (the name tells them apart).
    expect(d.candidates[1]).toMatchObject({ fullName: 'BAMBANG WIJAYA', birthDateMatch: 'same' });
    expect(d.candidates[1]?.score).toBeLessThan(80);
    expect(d.duplicates.map((x) => x.id)).toEqual([twice.id]);
    const n = (await office.get<BurialDetail>(`/api/v1/burials/${byNik.id}`)).body;
    expect(n.candidates[0]).toMatchObject({ residentId: id, byNik: true });
    expect(n.burial.nik).toBe(r.nik);
    // Match, then dismiss the duplicate with its reason; a dismissed entry is closed.
    const m = await office.post<BurialDetail>(`/api/v1/burials/${byName.id}/match`, { residentId: id });
    expect(m.body.burial).toMatchObject({
      status: 'matched',
      residentId: id,
      residentName: 'SOEPARMAN HADI',
    });
    const dis = await office.post<BurialDetail>(`/api/v1/burials/${twice.id}/dismiss`, {
      reason: 'Duplikat entri yang sama',
    });
    expect(dis.body.burial).toMatchObject({ status: 'dismissed', dismissReason: 'Duplikat entri yang sama' });
    expectError(
      await office.post(`/api/v1/burials/${twice.id}/match`, { residentId: id }),
      409,
      'burial_wrong_status',
    );
    expectError(
      await office.post(`/api/v1/burials/${twice.id}/dismiss`, { reason: 'no' }),
      400,
      'validation_failed',
    );
  });
});
