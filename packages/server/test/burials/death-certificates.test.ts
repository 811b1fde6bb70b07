import type { BurialDetail, BurialReply, SuketReply } from '@sigap/contracts';
import { officeToday } from '@sigap/domain';
import { beforeAll, expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { buildBurial, createCemeteryFor, expectError } from '../helpers/factories';
import { naiveFigures } from '../helpers/naive-scan';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { futureElection, resident } from '../sukets/helpers';

const VILLAGE = '18.71.01.1001';

/** A matched entry for a fresh resident of VILLAGE (a wajib KTP adult with a phone). */
async function matchedEntry(env: TestEnv, cemetery: number, residentId: number) {
  const r = await env.handle.db
    .selectFrom('residents')
    .selectAll()
    .where('id', '=', residentId)
    .executeTakeFirstOrThrow();
  const manager = await env.as('bandarlampung.makam');
  const b = await manager.post<BurialReply>(
    `/api/v1/burials/cemeteries/${cemetery}/entries`,
    buildBurial({ nik: r.nik, fullName: r.full_name, birthDate: r.birth_date }),
  );
  expect(b.status, JSON.stringify(b.body)).toBe(201);
  const office = await env.as('bandarlampung.operator');
  const m = await office.post<BurialDetail>(`/api/v1/burials/${b.body.burial.id}/match`, { residentId });
  expect(m.status, JSON.stringify(m.body)).toBe(200);
  return b.body.burial.id;
}

async function figures(env: TestEnv, region: string) {
  const today = officeToday(region);
  return {
    counted: await figuresFor(env.handle.db, region, today),
    naive: await naiveFigures(env.handle.db, region, today),
  };
}

describeEachEngine('burials: death certificates', (env) => {
  let cemetery = 0;
  beforeAll(async () => {
    cemetery = await createCemeteryFor(env().handle, '18.71.01', ['bandarlampung.makam']);
  });

  it('certifies: resident deceased, counters as the naive scan, suket revoked, family told; annulment restores all', async () => {
    const el = await futureElection(env());
    const id = await resident(env(), { villageCode: VILLAGE, birthDate: '1950-01-01' });
    const office = await env().as('bandarlampung.operator');
    const suket = await office.post<SuketReply>(`/api/v1/sukets/residents/${id}`, { electionId: el });
    expect(suket.status, JSON.stringify(suket.body)).toBe(201);
    const burialId = await matchedEntry(env(), cemetery, id);
    const before = await figures(env(), VILLAGE);
    expect(before.counted).toEqual(before.naive);

    const c = await office.post<BurialDetail>(`/api/v1/burials/${burialId}/certify`, {});
    expect(c.status, JSON.stringify(c.body)).toBe(200);
    const cert = c.body.burial.certificate;
    expect(c.body.burial.status).toBe('certified');
    expect(cert?.number).toMatch(/^1871-KM-\d{4}-\d{6}$/);
    const after = await figures(env(), VILLAGE);
    expect(after.counted).toEqual(after.naive);
    expect(after.counted.mustHoldId).toBe(before.counted.mustHoldId - 1);
    expect(after.counted.voters).toBe(before.counted.voters - 1);
    const db = env().handle.db;
    const life = await db
      .selectFrom('residents')
      .select(['life_status', 'life_status_date'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(life.life_status).toBe('DECEASED');
    const history = await db
      .selectFrom('resident_history')
      .select(['source', 'to_value'])
      .where('resident_id', '=', id)
      .where('field', '=', 'life')
      .execute();
    expect(history).toEqual([{ source: 'death', to_value: 'DECEASED' }]);
    const s = await db
      .selectFrom('sukets')
      .select(['status', 'revoke_reason'])
      .where('id', '=', suket.body.suket.id)
      .executeTakeFirstOrThrow();
    expect(s).toEqual({ status: 'revoked', revoke_reason: 'deceased' });
    const msg = await db
      .selectFrom('messages')
      .select(['kind', 'text'])
      .where('kind', '=', 'death_certificate_issued')
      .execute();
    expect(msg.some((m) => m.text.includes(cert?.number ?? '?'))).toBe(true);

    // Four eyes: the issuer cannot annul; a second officer can, with a reason.
    expectError(
      await office.post(`/api/v1/burials/${burialId}/annul`, { reason: 'Salah orang, masih hidup' }),
      409,
      'death_certificate_same_officer',
    );
    const second = await env().as('admin');
    const a = await second.post<BurialDetail>(`/api/v1/burials/${burialId}/annul`, {
      reason: 'Salah orang, masih hidup',
    });
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    expect(a.body.burial.status).toBe('matched');
    expect(a.body.burial.certificate).toMatchObject({
      status: 'annulled',
      annulReason: 'Salah orang, masih hidup',
      annulledBy: 'admin',
    });
    const restored = await figures(env(), VILLAGE);
    expect(restored.counted).toEqual(restored.naive);
    expect(restored.counted).toEqual(before.counted);
    const back = await db
      .selectFrom('residents')
      .select(['life_status', 'life_status_date'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(back).toEqual({ life_status: 'ALIVE', life_status_date: null });
    const last = await db
      .selectFrom('resident_history')
      .select('source')
      .where('resident_id', '=', id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.source).toBe('death_annulment');
    // The suket stays revoked: the office issues a new one if the resident still needs it.
    const still = await db
      .selectFrom('sukets')
      .select('status')
      .where('id', '=', suket.body.suket.id)
      .executeTakeFirstOrThrow();
    expect(still.status).toBe('revoked');
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'death_certificate')
      .orderBy('id')
      .execute();
    expect(audit.map((x) => x.action).slice(-2)).toEqual([
      'death_certificate.issue',
      'death_certificate.annul',
    ]);
  });

  it('closes a hand-made death report still waiting for the same resident, naming the certificate', async () => {
    const id = await resident(env(), { villageCode: VILLAGE, birthDate: '1948-06-01' });
    const office = await env().as('bandarlampung.operator');
    const filed = await office.post(`/api/v1/residents/${id}/death-report`, {
      dateOfDeath: officeToday(VILLAGE),
      documentNo: 'SK-DESA/uji/1',
      reason: 'Laporan keluarga di loket',
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(200);
    const burialId = await matchedEntry(env(), cemetery, id);
    const c = await office.post<BurialDetail>(`/api/v1/burials/${burialId}/certify`, {});
    expect(c.status, JSON.stringify(c.body)).toBe(200);
    const report = await env()
      .handle.db.selectFrom('death_reports')
      .selectAll()
      .where('resident_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(report.status).toBe('confirmed');
    expect(report.decision_note).toBe(`Ditutup oleh akta kematian ${c.body.burial.certificate?.number}`);
    // Nothing is left on the worklist, and confirming by hand now finds no open report.
    expectError(
      await office.post(`/api/v1/residents/${id}/death-report/confirm`, {}),
      409,
      'death_report_not_pending',
    );
  });

  it('numbers concurrent certificates of a regency without gaps or repeats; a lost race gives its number back', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 6; i++)
      ids.push(await matchedEntry(env(), cemetery, await resident(env(), { villageCode: VILLAGE })));
    // Two entries of one person, certified at once: one certificate, the other refused.
    const twinResident = await resident(env(), { villageCode: VILLAGE });
    const twins = [
      await matchedEntry(env(), cemetery, twinResident),
      await matchedEntry(env(), cemetery, twinResident),
    ];
    const office = await env().as('bandarlampung.operator');
    const db = env().handle.db;
    const startRow = await db
      .selectFrom('death_certificate_sequences')
      .select('last_number')
      .where('regency_code', '=', '18.71')
      .executeTakeFirst();
    const start = Number(startRow?.last_number ?? 0);
    const replies = await Promise.all(
      [...ids, ...twins].map((id) => office.post(`/api/v1/burials/${id}/certify`, {})),
    );
    expect(replies.filter((r) => r.status === 200)).toHaveLength(7);
    const refused = replies.filter((r) => r.status !== 200);
    expect(refused.map((r) => (r.body as { error: string }).error)).toEqual(['burial_resident_deceased']);
    const seqs = (
      await db
        .selectFrom('death_certificates')
        .select('seq')
        .where('regency_code', '=', '18.71')
        .where('seq', '>', start)
        .execute()
    )
      .map((r) => Number(r.seq))
      .sort((a, b) => a - b);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => start + n));
    const loser = twins.find((_, i) => replies[6 + i]?.status !== 200) as number;
    const b = await db
      .selectFrom('burials')
      .select('status')
      .where('id', '=', loser)
      .executeTakeFirstOrThrow();
    expect(b.status).toBe('matched');
  });
});
