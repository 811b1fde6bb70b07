import type { DeathReportReply, ResidentDetail } from '@sigap/contracts';
import { beforeAll, expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { expectError } from '../helpers/factories';
import { naiveFigures } from '../helpers/naive-scan';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { residentId, seedResidents } from './seed-residents';

const VILLAGE = '18.71.01.1006';
const DAY = '2026-01-01';

/** Hand changes must never store a state the domain forbids, whoever sends them (issue 11). */
describeEachEngine('registry integrity: hand changes', (env) => {
  const unrecorded = buildResident({ villageCode: VILLAGE, fullName: 'WARGA BELUM REKAM' });
  const printed = buildResident({
    villageCode: VILLAGE,
    fullName: 'WARGA SUDAH CETAK',
    recordingStatus: 'PRINT_READY_RECORD',
    printStatus: 'PRINTED',
  });
  const mover = buildResident({ villageCode: VILLAGE, fullName: 'WARGA PINDAH', birthDate: '1980-02-02' });
  const dying = buildResident({ villageCode: VILLAGE, fullName: 'WARGA WAFAT', birthDate: '1950-03-03' });
  const rejected = buildResident({
    villageCode: VILLAGE,
    fullName: 'WARGA SALAH LAPOR',
    birthDate: '1960-04-04',
  });

  beforeAll(async () => {
    const out = await seedResidents(env(), [unrecorded, printed, mover, dying, rejected]);
    expect(out.rejected).toEqual([]);
  });

  const figures = () => figuresFor(env().handle.db, VILLAGE, DAY);
  async function expectCountersExact() {
    expect(await figures()).toEqual(await naiveFigures(env().handle.db, VILLAGE, DAY));
  }

  it('refuses "not recorded" with "handed over", naming each field, and no figure moves', async () => {
    const op = await env().as('bandarlampung.operator');
    const before = await figures();
    const id = await residentId(env(), unrecorded.nik);
    const r = await op.patch(`/api/v1/residents/${id}`, { printStatus: 'HANDED_OVER' });
    const body = expectError(r, 409, 'print_requires_prr');
    expect(body.details?.map((d) => [d.field, d.code])).toEqual([
      ['printStatus', 'print_requires_prr'],
      ['printedDate', 'printed_date_required'],
      ['handedOverDate', 'handover_date_required'],
    ]);
    expect(body.details?.[0]?.messageEn).toMatch(/print-ready/);
    expect(await figures()).toEqual(before);
  });

  it('refuses a date in the future and one before the previous step', async () => {
    const op = await env().as('bandarlampung.operator');
    const id = await residentId(env(), printed.nik);
    const future = await op.patch(`/api/v1/residents/${id}`, {
      printStatus: 'HANDED_OVER',
      handedOverDate: '2999-01-01',
    });
    expect(expectError(future, 409, 'date_in_future').details?.[0]?.field).toBe('handedOverDate');
    const early = await op.patch(`/api/v1/residents/${id}`, {
      printStatus: 'HANDED_OVER',
      handedOverDate: '2020-01-01',
    });
    expectError(early, 409, 'handover_before_print');
  });

  it('lets the counter hand a printed card over, but not print or move a record past capture', async () => {
    const clerk = await env().as('bandarlampung.loket');
    const id = await residentId(env(), printed.nik);
    const ok = await clerk.patch(`/api/v1/residents/${id}`, {
      printStatus: 'HANDED_OVER',
      handedOverDate: '2024-05-02',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const other = await residentId(env(), unrecorded.nik);
    const prr = await clerk.patch(`/api/v1/residents/${other}`, {
      recordingStatus: 'BIO_CAPTURED',
      recordingDate: '2024-05-02',
    });
    expect(prr.status, JSON.stringify(prr.body)).toBe(200);
    const central = await clerk.patch(`/api/v1/residents/${other}`, { recordingStatus: 'PROCESSING' });
    expectError(central, 409, 'change_not_allowed_for_role');
    await expectCountersExact();
  });

  it('needs a document and a reason for a move out, and keeps them in the history', async () => {
    const op = await env().as('bandarlampung.operator');
    const id = await residentId(env(), mover.nik);
    const bare = await op.patch(`/api/v1/residents/${id}`, {
      lifeStatus: 'MOVED_OUT',
      lifeStatusDate: '2025-06-01',
    });
    expect(expectError(bare, 409, 'life_document_required').details?.map((d) => d.field)).toEqual([
      'lifeStatusDocument',
      'lifeStatusReason',
    ]);
    const ok = await op.patch(`/api/v1/residents/${id}`, {
      lifeStatus: 'MOVED_OUT',
      lifeStatusDate: '2025-06-01',
      lifeStatusDocument: 'SKPWNI/1871/0042/2025',
      lifeStatusReason: 'Pindah ke Kota Metro',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const d = await op.get<{ resident: ResidentDetail }>(`/api/v1/residents/${id}`);
    expect(d.body.resident.history.at(-1)).toMatchObject({
      field: 'life',
      to: 'MOVED_OUT',
      documentNo: 'SKPWNI/1871/0042/2025',
      note: 'Pindah ke Kota Metro',
      source: 'manual',
    });
    await expectCountersExact();
  });

  it('never applies a death by hand: it is reported, and counts once another officer confirms', async () => {
    const clerk = await env().as('bandarlampung.loket');
    const op = await env().as('bandarlampung.operator');
    const id = await residentId(env(), dying.nik);
    const direct = await op.patch(`/api/v1/residents/${id}`, {
      lifeStatus: 'DECEASED',
      lifeStatusDate: '2025-07-01',
    });
    expectError(direct, 409, 'death_needs_confirmation');

    const before = await figures();
    const future = await clerk.post(`/api/v1/residents/${id}/death-report`, {
      dateOfDeath: '2999-01-01',
      documentNo: 'SKK/1',
      reason: 'Laporan keluarga',
    });
    expect(expectError(future, 409, 'date_in_future').details?.[0]?.field).toBe('dateOfDeath');
    const report = await clerk.post<DeathReportReply>(`/api/v1/residents/${id}/death-report`, {
      dateOfDeath: '2025-07-01',
      documentNo: 'SKK/474.3/12/2025',
      reason: 'Surat keterangan kematian dari kelurahan',
    });
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.report).toMatchObject({ status: 'pending', reportedBy: 'bandarlampung.loket' });
    expect(await figures()).toEqual(before); // still alive in every figure
    const again = await clerk.post(`/api/v1/residents/${id}/death-report`, {
      dateOfDeath: '2025-07-01',
      documentNo: 'SKK/2',
      reason: 'Laporan ganda',
    });
    expectError(again, 409, 'death_report_pending');
    expectError(await clerk.post(`/api/v1/residents/${id}/death-report/confirm`, {}), 403, 'forbidden');

    const list = await op.get<{ items: { residentId: number }[] }>('/api/v1/death-reports');
    expect(list.body.items.map((i) => i.residentId)).toContain(id);
    const confirmed = await op.post<DeathReportReply>(`/api/v1/residents/${id}/death-report/confirm`, {});
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.report).toMatchObject({ status: 'confirmed', decidedBy: 'bandarlampung.operator' });
    const d = await op.get<{ resident: ResidentDetail }>(`/api/v1/residents/${id}`);
    expect(d.body.resident).toMatchObject({ lifeStatus: 'DECEASED', lifeStatusDate: '2025-07-01' });
    expect(d.body.resident.history.at(-1)).toMatchObject({
      field: 'life',
      source: 'death',
      documentNo: 'SKK/474.3/12/2025',
      username: 'bandarlampung.operator',
    });
    expect((await figures()).mustHoldId).toBe(before.mustHoldId - 1);
    await expectCountersExact();
  });

  it('lets the officer who reported a death not confirm it, and a rejection leave the resident alive', async () => {
    const op = await env().as('bandarlampung.operator');
    const admin = await env().as('admin');
    const id = await residentId(env(), rejected.nik);
    const body = { dateOfDeath: '2025-08-01', documentNo: 'SKK/9', reason: 'Laporan tetangga' };
    expect((await op.post(`/api/v1/residents/${id}/death-report`, body)).status).toBe(200);
    expectError(
      await op.post(`/api/v1/residents/${id}/death-report/confirm`, {}),
      409,
      'death_report_same_officer',
    );
    const no = await admin.post<DeathReportReply>(`/api/v1/residents/${id}/death-report/reject`, {
      note: 'Orangnya datang ke kantor, masih hidup.',
    });
    expect(no.body.report).toMatchObject({
      status: 'rejected',
      decisionNote: 'Orangnya datang ke kantor, masih hidup.',
    });
    const d = await op.get<{ resident: ResidentDetail }>(`/api/v1/residents/${id}`);
    expect(d.body.resident.lifeStatus).toBe('ALIVE');
    const audit = await env()
      .handle.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'death_report')
      .execute();
    expect(new Set(audit.map((a) => a.action))).toEqual(
      new Set(['death_report.create', 'death_report.confirm', 'death_report.reject']),
    );
  });
});
