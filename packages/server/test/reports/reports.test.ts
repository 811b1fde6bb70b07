import type { Prefill, ReportHistory } from '@sigap/contracts';
import { addDays } from '@sigap/domain';
import { beforeAll, expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { detailFields, expectError, officeDay } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';
import { putAs } from '../settings/put-json';
import { auditActions, operatorOf, type ReportReply, reportBody } from './report-fixtures';

const LAMPUNG = { cumulativeRecorded: 6_418_683, mustHoldId: 6_511_448, statedPercent: 98.58 };

describeEachEngine('daily reports', (env) => {
  beforeAll(async () => {
    await seedResidents(env(), [
      buildResident({ villageCode: '18.71.01.1003', recordingStatus: 'PRINT_READY_RECORD' }),
      buildResident({ villageCode: '18.71.01.1003', recordingStatus: 'BIO_CAPTURED' }),
      buildResident({
        villageCode: '18.71.02.1003',
        recordingStatus: 'PRINT_READY_RECORD',
        printStatus: 'PRINTED',
        printedDate: '2023-06-01',
      }),
      buildResident({ villageCode: '18.71.02.1003' }),
      buildResident({ villageCode: '18.71.01.1003', birthDate: '2015-01-01' }),
      buildResident({ villageCode: '18.01.04.2001', recordingStatus: 'BIO_CAPTURED' }),
    ]);
    // A handful of residents is an incomplete registry: the checks of the report against itself are tested
    // here, against the population the province set (the plausibility flags: reports-plausibility.test.ts).
    for (const scope of ['18.71', '18.01']) {
      const set = await putAs(env(), 'lampung.admin', '/api/v1/settings/report_population', {
        scope,
        value: 10_000_000,
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
    }
  });

  it('prefills from the counters, measuring recorded today from the day before', async () => {
    const op = await env().as('bandarlampung.operator');
    const date = '2024-01-10';
    const r = await op.get<Prefill>(`/api/v1/daily-reports/prefill?regency=18.71&date=${date}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const f = await figuresFor(env().handle.db, '18.71', date);
    expect(r.body).toMatchObject({
      regency: '18.71',
      regencyName: 'Kota Bandar Lampung',
      source: 'sigap',
      cumulativeRecorded: f.recorded,
      mustHoldId: f.mustHoldId,
      printReadyWaiting: f.printReadyWaiting,
      printed: f.printed,
      recordedToday: null,
      previous: null,
      existing: null,
    });
    expect([f.recorded, f.mustHoldId, f.printReadyWaiting, f.printed]).toEqual([3, 4, 1, 1]);

    await env()
      .handle.db.insertInto('coverage_snapshots')
      .values({
        ...{ region_code: '18.71', date: addDays(date, -1), taken_at: new Date().toISOString() },
        ...{ trigger: 'day_close', population: 5, must_hold_id: 4, recorded: 2, not_recorded: 2 },
        ...{ print_ready_waiting: 1, printed: 1, handed_over: 0, needs_rerecording: 0 },
        ...{ digital_id_active: 0, voters: 4, voters_recorded: 2 },
      })
      .execute();
    const fromSnapshot = await op.get<Prefill>(`/api/v1/daily-reports/prefill?regency=18.71&date=${date}`);
    expect(fromSnapshot.body.previous).toEqual({
      date: '2024-01-09',
      cumulativeRecorded: 2,
      from: 'snapshot',
    });
    expect(fromSnapshot.body.recordedToday).toBe(1);

    const sent = await op.post<ReportReply>('/api/v1/daily-reports', {
      ...reportBody({ date: '2024-01-09', cumulativeRecorded: 1, mustHoldId: 4 }),
    });
    expect(sent.status).toBe(201);
    const fromReport = await op.get<Prefill>(`/api/v1/daily-reports/prefill?regency=18.71&date=${date}`);
    expect(fromReport.body.previous).toEqual({ date: '2024-01-09', cumulativeRecorded: 1, from: 'report' });
    expect(fromReport.body.recordedToday).toBe(2);
  });

  it('stores the Lampung example with remaining_mismatch, not percent_mismatch', async () => {
    const op = await operatorOf(env(), '18.01');
    const r = await op.post<ReportReply>(
      '/api/v1/daily-reports',
      reportBody({ regency: '18.01', date: '2023-12-31', ...LAMPUNG, statedRemaining: 95_484 }),
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const { report } = r.body;
    expect(report).toMatchObject({ status: 'submitted', statedPercent: 98.58, statedRemaining: 95_484 });
    expect(report.computed.remaining).toBe(92_765);
    expect(report.flags.map((f) => f.code)).toEqual(['remaining_mismatch']);
    expect(report.flags[0]?.message).toContain('95.484 (1,47%)');
    expect(report.flags[0]?.message).toContain('92.765 (1,42%)');
    expect(await auditActions(env(), report.id)).toEqual(['report.submit']);
  });

  it('flags impossible numbers and still stores them', async () => {
    const op = await env().as('bandarlampung.operator');
    const r = await op.post<ReportReply>(
      '/api/v1/daily-reports',
      reportBody({ date: '2024-02-02', cumulativeRecorded: 1200, blankoStock: -3, statedPercent: 90 }),
    );
    expect(r.status).toBe(201);
    expect(r.body.report.flags.map((f) => [f.code, f.field, f.severity])).toEqual([
      ['negative_value', 'blankoStock', 'error'],
      ['recorded_exceeds_wajib', 'cumulativeRecorded', 'error'],
      ['percent_mismatch', 'statedPercent', 'error'],
    ]);
    const decreased = await op.post<ReportReply>(
      '/api/v1/daily-reports',
      reportBody({ date: '2024-02-03', cumulativeRecorded: 900, recordedToday: 10 }),
    );
    expect(decreased.body.report.flags.map((f) => f.code)).toEqual([
      'cumulative_decreased',
      'recorded_today_mismatch',
    ]);
  });

  it('replaces a submitted or returned report, refuses to replace an approved one', async () => {
    const op = await env().as('bandarlampung.operator');
    const admin = await env().as('lampung.admin');
    const date = '2024-03-01';
    const first = await op.post<ReportReply>('/api/v1/daily-reports', reportBody({ date }));
    const id = first.body.report.id;
    const second = await op.post<ReportReply>(
      '/api/v1/daily-reports',
      reportBody({ date, cumulativeRecorded: 810 }),
    );
    expect(second.status).toBe(201);
    expect(second.body.report).toMatchObject({ id, cumulativeRecorded: 810, status: 'submitted' });

    const returned = await admin.post<ReportReply>(`/api/v1/daily-reports/${id}/review`, {
      decision: 'return',
      comment: 'Angka PRR belum sesuai SIAK.',
    });
    expect(returned.body.report).toMatchObject({
      status: 'returned',
      reviewComment: 'Angka PRR belum sesuai SIAK.',
    });
    const resent = await op.post<ReportReply>(
      '/api/v1/daily-reports',
      reportBody({ date, printReadyWaiting: 25 }),
    );
    expect(resent.body.report).toMatchObject({
      id,
      status: 'submitted',
      reviewComment: null,
      printReadyWaiting: 25,
    });

    const approved = await admin.post<ReportReply>(`/api/v1/daily-reports/${id}/review`, {
      decision: 'approve',
    });
    expect(approved.body.report).toMatchObject({
      status: 'approved',
      reviewedByName: 'Admin Disdukcapil Lampung',
    });
    const refused = await op.post('/api/v1/daily-reports', reportBody({ date, cumulativeRecorded: 820 }));
    expectError(refused, 409, 'report_already_approved');
    const kept = await op.get<ReportReply>(`/api/v1/daily-reports/${id}`);
    expect(kept.body.report.cumulativeRecorded).toBe(800);
    expect(await auditActions(env(), id)).toEqual([
      'report.submit',
      'report.submit',
      'report.review',
      'report.submit',
      'report.review',
    ]);
  });

  it("refuses a date after the regency's local today and malformed figures", async () => {
    const op = await env().as('bandarlampung.operator');
    const future = await op.post('/api/v1/daily-reports', reportBody({ date: officeDay(2) }));
    expect(detailFields(expectError(future, 400, 'validation_failed'))).toEqual(['date']);
    const today = await op.post('/api/v1/daily-reports', reportBody({ date: officeDay(0) }));
    expect(today.status).toBe(201);
    const bad = await op.post(
      '/api/v1/daily-reports',
      reportBody({ cumulativeRecorded: 1.5, regency: '18' }),
    );
    const err = expectError(bad, 400, 'validation_failed');
    expect(detailFields(err).sort()).toEqual(['cumulativeRecorded', 'regency']);
    expect(err.details?.find((d) => d.field === 'cumulativeRecorded')?.message).toBe('Harus bilangan bulat.');
  });

  it('lists a regency history in date order', async () => {
    const op = await env().as('bandarlampung.operator');
    const r = await op.get<ReportHistory>(
      '/api/v1/daily-reports/history?regency=18.71&from=2024-01-01&to=2024-03-31',
    );
    expect(r.status).toBe(200);
    expect(r.body.items.map((i) => i.date)).toEqual(['2024-01-09', '2024-02-02', '2024-02-03', '2024-03-01']);
    const backwards = await op.get(
      '/api/v1/daily-reports/history?regency=18.71&from=2024-03-01&to=2024-01-01',
    );
    expect(detailFields(expectError(backwards, 400, 'validation_failed'))).toEqual(['from']);
  });
});
