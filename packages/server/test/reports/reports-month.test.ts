import type { ReportMonth } from '@sigap/contracts';
import { beforeAll, expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';

const url = (region: string, month: string) => `/api/v1/daily-reports/month?region=${region}&month=${month}`;

describeEachEngine('daily reports: the month grid', (env) => {
  beforeAll(async () => {
    const row = (regency_code: string, date: string, submitted_at: string, status = 'submitted') => ({
      regency_code,
      date,
      source: 'sigap' as const,
      cumulative_recorded: 80,
      must_hold_id: 120,
      flags: '[]',
      status: status as 'submitted' | 'approved' | 'returned',
      submitted_by: 1,
      submitted_at,
    });
    await env()
      .handle.db.insertInto('daily_reports')
      .values([
        row('18.71', '2024-05-01', '2024-05-01T02:00:00.000Z'), // 09.00 WIB: on time
        row('18.71', '2024-05-02', '2024-05-02T11:00:00.000Z'), // 18.00 WIB: after the 17.00 cutoff
        row('18.71', '2024-05-03', '2024-05-03T02:00:00.000Z', 'returned'),
        row('18.01', '2024-05-01', '2024-05-01T09:59:00.000Z', 'approved'), // 16.59 WIB
      ])
      .execute();
  });

  it('gives the province every regency × day with its state and on-time rate', async () => {
    const r = await (await env().as('lampung.admin')).get<ReportMonth>(url('18', '2024-05'));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ month: '2024-05', cutoffHour: 17, timeZone: 'Asia/Jakarta' });
    expect(r.body.days).toHaveLength(31);
    expect(r.body.rows).toHaveLength(15);
    const kota = r.body.rows.find((x) => x.code === '18.71');
    expect(kota?.cells.slice(0, 4)).toEqual(['on_time', 'late', 'returned', 'missing']);
    expect(kota).toMatchObject({ expected: 31, reported: 3, onTime: 1, onTimeRate: 1 / 31 });
    const barat = r.body.rows.find((x) => x.code === '18.01');
    expect(barat?.cells[0]).toBe('on_time');
    expect(r.body.totals).toMatchObject({ expected: 15 * 31, reported: 4, onTime: 2 });
  });

  it("shows a regency operator its own row, and refuses it the province's grid", async () => {
    const op = await env().as('bandarlampung.operator');
    const own = await op.get<ReportMonth>(url('18.71', '2024-05'));
    expect(own.status).toBe(200);
    expect(own.body.rows.map((x) => x.code)).toEqual(['18.71']);
    expect(own.body.totals).toMatchObject({ expected: 31, reported: 3, onTime: 1 });
    expect((await op.get(url('18', '2024-05'))).status).toBe(403);
  });

  it('owes nothing for days to come, and refuses a malformed month', async () => {
    const admin = await env().as('lampung.admin');
    const future = await admin.get<ReportMonth>(url('18.71', '2099-01'));
    expect(future.body.rows[0]?.cells.every((c) => c === 'not_due')).toBe(true);
    expect(future.body.totals).toMatchObject({ expected: 0, onTimeRate: null, reportingRate: null });
    expectError(await admin.get(url('18', '2024-13')), 400, 'validation_failed');
  });
});
