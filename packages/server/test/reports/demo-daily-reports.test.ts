import { addDays } from '@sigap/domain';
import { expect, it } from 'vitest';
import { seedDemoDailyReports } from '../../src/modules/reports';
import { describeEachEngine } from '../helpers/test-env';

const NOW = new Date('2026-12-04T05:00:00Z'); // 12.00 WIB
const TODAY = '2026-12-04';

/** The first start shows a living review desk: three weeks of demo reports drawn from the day closes. */
describeEachEngine('demo daily reports', (env) => {
  it('sends, approves and returns reports from the snapshots, marked as demo, once', async () => {
    const db = env().handle.db;
    const rows = [];
    for (let back = 21; back >= 1; back--) {
      const recorded = 1000 + (21 - back) * 10;
      for (const region of ['18.71', '18.72']) {
        rows.push({
          region_code: region,
          date: addDays(TODAY, -back),
          taken_at: NOW.toISOString(),
          trigger: 'backfill' as const,
          population: 2000,
          must_hold_id: 1500,
          recorded,
          not_recorded: 1500 - recorded,
          print_ready_waiting: 20,
          printed: recorded - 40,
          handed_over: recorded - 60,
          needs_rerecording: 3,
          digital_id_active: 50,
          voters: 1400,
          voters_recorded: recorded - 100,
        });
      }
    }
    await db.insertInto('coverage_snapshots').values(rows).execute();
    const sent = await seedDemoDailyReports(env().handle, NOW);
    expect(sent).toBeGreaterThan(30);
    expect(await seedDemoDailyReports(env().handle, NOW)).toBe(0);
    const reports = await db
      .selectFrom('daily_reports')
      .selectAll()
      .where('regency_code', 'in', ['18.71', '18.72'])
      .orderBy('date')
      .execute();
    expect(reports.length).toBeLessThan(42); // some days were not reported
    expect(new Set(reports.map((r) => r.status))).toEqual(new Set(['approved', 'submitted', 'returned']));
    for (const r of reports) expect(r.notes).toMatch(/^\[DEMO\]/);
    const day = reports.find((r) => r.regency_code === '18.71' && r.recorded_today !== null);
    expect(day?.recorded_today).toBe(10);
    const operator = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'bandarlampung.operator')
      .executeTakeFirstOrThrow();
    expect(
      reports.filter((r) => r.regency_code === '18.71').every((r) => r.submitted_by === operator.id),
    ).toBe(true);
  });
});
