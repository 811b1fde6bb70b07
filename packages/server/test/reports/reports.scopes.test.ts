import type { ReportList } from '@sigap/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { operatorOf, type ReportReply, reportBody } from './report-fixtures';

const DATE = '2024-05-01';

describeEachEngine('daily report scopes', (env) => {
  let lampungReport = 0;
  beforeAll(async () => {
    const op = await env().as('bandarlampung.operator');
    const r = await op.post<ReportReply>('/api/v1/daily-reports', reportBody({ date: DATE }));
    lampungReport = r.body.report.id;
  });

  describe('bandarlampung.operator (18.71)', () => {
    it('cannot submit, prefill or read history for another regency', async () => {
      const op = await env().as('bandarlampung.operator');
      const err = expectError(
        await op.post('/api/v1/daily-reports', reportBody({ regency: '18.01', date: DATE })),
        403,
        'out_of_scope',
      );
      // A region the caller named is refused without echoing any region code (issue 9: no location oracle).
      expect(err.message).not.toContain('18.01');
      expectError(
        await op.get(`/api/v1/daily-reports/prefill?regency=18.01&date=${DATE}`),
        403,
        'out_of_scope',
      );
      expectError(await op.get('/api/v1/daily-reports/history?regency=18.01'), 403, 'out_of_scope');
    });

    it('cannot read the province list or NTB', async () => {
      const op = await env().as('bandarlampung.operator');
      for (const region of ['18', '52', '52.01']) {
        expectError(await op.get(`/api/v1/daily-reports?region=${region}&date=${DATE}`), 403, 'out_of_scope');
      }
    });

    it('cannot review, not even its own report', async () => {
      const op = await env().as('bandarlampung.operator');
      const r = await op.post(`/api/v1/daily-reports/${lampungReport}/review`, { decision: 'approve' });
      expectError(r, 403, 'forbidden');
    });
  });

  it('lombokbarat.operator cannot submit for 18.71', async () => {
    const op = await env().as('lombokbarat.operator');
    expectError(await op.post('/api/v1/daily-reports', reportBody({ date: DATE })), 403, 'out_of_scope');
  });

  it('an operator whose scope is a whole province cannot submit for a regency in it', async () => {
    const op = await operatorOf(env(), '18');
    const r = await op.post('/api/v1/daily-reports', reportBody({ date: DATE }));
    expectError(r, 403, 'report_requires_regency_scope');
  });

  it('lampung.pimpinan reads but cannot submit, prefill or review', async () => {
    const boss = await env().as('lampung.pimpinan');
    const list = await boss.get<ReportList>(`/api/v1/daily-reports?region=18&date=${DATE}`);
    expect(list.status).toBe(200);
    expect(list.body.reported).toBe(1);
    expect((await boss.get<ReportReply>(`/api/v1/daily-reports/${lampungReport}`)).status).toBe(200);
    expect((await boss.get('/api/v1/daily-reports/history?regency=18.71')).status).toBe(200);
    expectError(await boss.post('/api/v1/daily-reports', reportBody({ date: DATE })), 403, 'forbidden');
    expectError(await boss.get(`/api/v1/daily-reports/prefill?regency=18.71&date=${DATE}`), 403, 'forbidden');
    const review = await boss.post(`/api/v1/daily-reports/${lampungReport}/review`, { decision: 'approve' });
    expectError(review, 403, 'forbidden');
  });

  it('lampung.admin reviews but does not submit', async () => {
    const admin = await env().as('lampung.admin');
    expectError(await admin.post('/api/v1/daily-reports', reportBody({ date: DATE })), 403, 'forbidden');
  });

  it('ntb.admin can neither read nor review Lampung reports (out_of_scope)', async () => {
    const ntb = await env().as('ntb.admin');
    const review = await ntb.post(`/api/v1/daily-reports/${lampungReport}/review`, { decision: 'approve' });
    expectError(review, 403, 'out_of_scope');
    expectError(await ntb.get(`/api/v1/daily-reports/${lampungReport}`), 403, 'out_of_scope');
    expectError(await ntb.get(`/api/v1/daily-reports?region=18&date=${DATE}`), 403, 'out_of_scope');
    const still = await env().as('lampung.pimpinan');
    const r = await still.get<ReportReply>(`/api/v1/daily-reports/${lampungReport}`);
    expect(r.body.report.status).toBe('submitted');
  });

  it('refuses anonymous callers and roles without report access', async () => {
    expectError(
      await env().anonymous().get(`/api/v1/daily-reports?region=18&date=${DATE}`),
      401,
      'not_authenticated',
    );
    const loket = await env().as('bandarlampung.loket');
    expectError(await loket.get(`/api/v1/daily-reports?region=18.71&date=${DATE}`), 403, 'forbidden');
  });
});
