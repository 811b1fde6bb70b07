import type { ReportList } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { detailFields, expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { putAs } from '../settings/put-json';
import { operatorOf, type ReportReply, reportBody, setSubmittedAt } from './report-fixtures';

const list = (date: string) => `/api/v1/daily-reports?region=18&date=${date}`;

describeEachEngine('daily reports at the province', (env) => {
  it('shows the reporting rate change from 0/15 to 1/15 after a submission', async () => {
    const admin = await env().as('lampung.admin');
    const date = '2024-04-01';
    const before = await admin.get<ReportList>(list(date));
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body).toMatchObject({
      date,
      cutoffHour: 17,
      timeZone: 'Asia/Jakarta',
      expected: 15,
      reported: 0,
      reportingRate: 0,
      onTimeRate: 0,
    });
    expect(before.body.missing).toHaveLength(15);
    expect(before.body.regencies.every((r) => r.report === null && r.onTime === null)).toBe(true);

    const op = await env().as('bandarlampung.operator');
    expect((await op.post('/api/v1/daily-reports', reportBody({ date }))).status).toBe(201);
    const after = await admin.get<ReportList>(list(date));
    expect(after.body).toMatchObject({ reported: 1, reportingRate: 1 / 15 });
    expect(after.body.missing).toHaveLength(14);
    expect(after.body.missing).not.toContain('18.71');
    const row = after.body.regencies.find((r) => r.code === '18.71');
    expect(row?.report?.cumulativeRecorded).toBe(800);
    // Sent today for a day long past: late.
    expect(row?.onTime).toBe(false);
  });

  it('judges on time against the cutoff hour in the province time zone', async () => {
    const date = '2024-04-02';
    const op = await env().as('bandarlampung.operator');
    const { body } = await op.post<ReportReply>('/api/v1/daily-reports', reportBody({ date }));
    const admin = await env().as('lampung.admin');
    const onTime = async () =>
      (await admin.get<ReportList>(list(date))).body.regencies.find((r) => r.code === '18.71')?.onTime;

    await setSubmittedAt(env(), body.report.id, `${date}T09:59:00.000Z`); // 16.59 WIB
    expect(await onTime()).toBe(true);
    await setSubmittedAt(env(), body.report.id, `${date}T10:00:00.000Z`); // 17.00 WIB
    expect(await onTime()).toBe(false);
    expect((await admin.get<ReportList>(list(date))).body.onTimeRate).toBe(0);

    const put = await putAs(env(), 'lampung.admin', '/api/v1/settings/report-cutoff', {
      scope: '18',
      hour: 18,
    });
    expect(put.status).toBe(200);
    const later = await admin.get<ReportList>(list(date));
    expect(later.body).toMatchObject({ cutoffHour: 18, onTimeCount: 1, onTimeRate: 1 / 15 });
    await setSubmittedAt(env(), body.report.id, `${date}T17:30:00.000Z`); // 00.30 WIB the next day
    expect(await onTime()).toBe(false);
  });

  it('uses WITA for NTB: 16.30 WIB is 17.30 WITA, late', async () => {
    const date = '2024-04-03';
    const op = await operatorOf(env(), '52.01');
    const { body } = await op.post<ReportReply>(
      '/api/v1/daily-reports',
      reportBody({ regency: '52.01', date }),
    );
    await setSubmittedAt(env(), body.report.id, `${date}T09:30:00.000Z`);
    const ntb = await env().as('ntb.admin');
    const r = await ntb.get<ReportList>(`/api/v1/daily-reports?region=52&date=${date}`);
    expect(r.body).toMatchObject({ timeZone: 'Asia/Makassar', reported: 1, onTimeCount: 0 });
  });

  it('lists a regency alone for its operator', async () => {
    const op = await env().as('bandarlampung.operator');
    const r = await op.get<ReportList>('/api/v1/daily-reports?region=18.71&date=2024-04-01');
    expect(r.body).toMatchObject({ expected: 1, reported: 1, reportingRate: 1, missing: [] });
  });

  it('approves, or returns only with a comment, each once', async () => {
    const op = await env().as('bandarlampung.operator');
    const admin = await env().as('lampung.admin');
    const a = await op.post<ReportReply>('/api/v1/daily-reports', reportBody({ date: '2024-04-05' }));
    const noComment = await admin.post(`/api/v1/daily-reports/${a.body.report.id}/review`, {
      decision: 'return',
    });
    const err = expectError(noComment, 400, 'validation_failed');
    expect(detailFields(err)).toEqual(['comment']);
    expect(err.details?.[0]?.message).toBe('Laporan yang dikembalikan wajib diberi komentar.');
    const blank = await admin.post(`/api/v1/daily-reports/${a.body.report.id}/review`, {
      decision: 'return',
      comment: '   ',
    });
    expectError(blank, 400, 'validation_failed');

    const returned = await admin.post<ReportReply>(`/api/v1/daily-reports/${a.body.report.id}/review`, {
      decision: 'return',
      comment: 'Mohon cek stok blangko.',
    });
    expect(returned.status).toBe(200);
    expect(returned.body.report).toMatchObject({
      status: 'returned',
      reviewComment: 'Mohon cek stok blangko.',
    });
    const again = await admin.post(`/api/v1/daily-reports/${a.body.report.id}/review`, {
      decision: 'approve',
    });
    expectError(again, 409, 'report_not_awaiting_review');

    const b = await op.post<ReportReply>('/api/v1/daily-reports', reportBody({ date: '2024-04-06' }));
    const approved = await admin.post<ReportReply>(`/api/v1/daily-reports/${b.body.report.id}/review`, {
      decision: 'approve',
      comment: 'Sesuai.',
    });
    expect(approved.body.report).toMatchObject({ status: 'approved', reviewComment: 'Sesuai.' });
    expect(approved.body.report.reviewedAt).not.toBeNull();
    const audit = await env()
      .handle.db.selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'report.review')
      .where('entity_id', '=', String(b.body.report.id))
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.summary)).toMatchObject({
      decision: 'approve',
      regency: '18.71',
      date: '2024-04-06',
    });
    expectError(await admin.get('/api/v1/daily-reports/999999'), 404, 'daily_report_not_found');
  });
});
