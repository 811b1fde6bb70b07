import { expect, it } from 'vitest';
import { seedDemoServicePoints } from '../../src/modules/service-points';
import { describeEachEngine } from '../helpers/test-env';

/** The first start shows Bandar Lampung's service points with hours, sessions and a holiday, once. */
describeEachEngine('demo service points', (env) => {
  it('adds four demo points with next week’s sessions and the next national holiday, once', async () => {
    const now = new Date('2026-12-04T03:00:00Z'); // a Friday in Bandar Lampung
    expect(await seedDemoServicePoints(env().handle, now)).toBe(4);
    expect(await seedDemoServicePoints(env().handle, now)).toBe(0);
    const db = env().handle.db;
    const points = await db.selectFrom('service_points').select(['name', 'kind']).orderBy('id').execute();
    expect(points.map((p) => p.kind)).toEqual(['regency_office', 'upt', 'upt', 'mpp']);
    for (const p of points) expect(p.name).toMatch(/\(demo\)$/);
    const sessions = await db
      .selectFrom('service_sessions')
      .select(['date', 'kind'])
      .orderBy('date')
      .execute();
    expect(sessions).toEqual([
      { date: '2026-12-08', kind: 'evening' },
      { date: '2026-12-12', kind: 'weekend' },
    ]);
    const closures = await db.selectFrom('service_closures').select(['date', 'reason']).execute();
    expect(closures).toHaveLength(4);
    expect(closures[0]).toEqual({ date: '2026-12-25', reason: '[DEMO] Libur nasional: Hari Raya Natal' });
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'service_point')
      .execute();
    expect(audit.length).toBe(4 + 4 + 2);
  });
});
