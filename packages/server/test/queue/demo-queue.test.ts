import { expect, it } from 'vitest';
import { seedDemoQueue } from '../../src/modules/queue';
import { seedDemoServicePoints } from '../../src/modules/service-points';
import { describeEachEngine } from '../helpers/test-env';

/** The first start shows a living queue today at each demo point, once, marked demo. */
describeEachEngine('demo queue', (env) => {
  it('issues nine tickets per demo point: four done with outcomes, one called, the rest waiting', async () => {
    const now = new Date('2026-12-04T03:00:00Z');
    expect(await seedDemoServicePoints(env().handle, now)).toBe(4);
    expect(await seedDemoQueue(env().handle, now)).toBe(36);
    expect(await seedDemoQueue(env().handle, now)).toBe(0);
    const rows = await env()
      .handle.db.selectFrom('queue_tickets')
      .select(['status', 'outcome', 'full_name', 'date'])
      .execute();
    const count = (s: string) => rows.filter((r) => r.status === s).length;
    expect([count('done'), count('called'), count('waiting')]).toEqual([16, 4, 16]);
    for (const r of rows) expect(r.full_name).toMatch(/^\[DEMO\] /);
    expect(new Set(rows.map((r) => String(r.date)))).toEqual(new Set(['2026-12-04']));
    expect(rows.filter((r) => r.status === 'done').every((r) => r.outcome !== null)).toBe(true);
  });
});
