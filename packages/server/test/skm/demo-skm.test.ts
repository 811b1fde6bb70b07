import type { ServiceTimesReport, SkmReport } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { seedDemoServicePoints } from '../../src/modules/service-points';
import { seedDemoSkm } from '../../src/modules/skm';
import { describeEachEngine } from '../helpers/test-env';

describeEachEngine('SKM demo seed', (env) => {
  it('fills the demo points with finished tickets and answers, marked demo, once', async () => {
    const now = new Date();
    await seedDemoServicePoints(env().handle, now);
    const written = await seedDemoSkm(env().handle, now);
    expect(written).toBeGreaterThan(50);
    expect(await seedDemoSkm(env().handle, now)).toBe(0);
    const comments = await env()
      .handle.db.selectFrom('skm_responses')
      .select('comment')
      .where('comment', 'is not', null)
      .execute();
    for (const c of comments) expect(c.comment).toMatch(/^\[DEMO\]/);
    const op = await env().as('bandarlampung.operator');
    const report = await op.get<SkmReport>('/api/v1/skm?region=18.71');
    expect(new Set(report.body.points.map((p) => p.band)).size).toBeGreaterThan(1);
    const times = await op.get<ServiceTimesReport>('/api/v1/skm/times?region=18.71');
    expect(times.body.byPoint.length).toBeGreaterThan(0);
  });
});
