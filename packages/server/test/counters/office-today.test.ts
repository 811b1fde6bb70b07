import type { CoverageResponse } from '@sigap/contracts';
import { addDays } from '@sigap/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import { enqueueDueDayCloses } from '../../src/modules/snapshots/snapshot-scheduler';
import { type Client, clientFor } from '../helpers/client';
import { describeEachEngine, TEST_PASSWORD } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';
import { recordedOn } from '../snapshots/history-fixture';

/**
 * Issue 10 "one calendar": the coverage default date and the day-close snapshots follow the same clock, the
 * region's own. At 16:30 UTC it is 00:30 WITA on 11 March in NTB and still 23:30 WIB on 10 March in Lampung.
 */
const NTB_MIDNIGHT = Date.parse('2026-03-10T16:30:00Z');

describeEachEngine('office today', (env) => {
  let clockMs = Date.now();
  let app: FastifyInstance;
  let admin: Client;
  let sessionCookie = '';

  beforeAll(async () => {
    await seedResidents(env(), [
      ...recordedOn('18.71.01.1003', ['2026-01-05']),
      ...recordedOn('52.01.01.1001', ['2026-01-06']),
    ]);
    app = await buildApp({ handle: env().handle, config: env().config, now: () => new Date(clockMs) });
    await app.ready();
    admin = clientFor(app);
    // Logged in on the real clock (the session must be valid now); only then the clock moves to the midnight.
    const login = await admin.login('admin', TEST_PASSWORD);
    sessionCookie = String(login.headers['set-cookie'] ?? '').split(';')[0] ?? '';
    clockMs = NTB_MIDNIGHT;
  });
  afterAll(async () => app.close());

  const referenceDate = async (region: string) => {
    const r = await admin.get<CoverageResponse>(`/api/v1/coverage?region=${region}`);
    expect(r.status).toBe(200);
    return r.body.referenceDate;
  };

  it('defaults coverage to the region’s own today: 11 March in NTB, 10 March in Lampung', async () => {
    expect(await referenceDate('52')).toBe('2026-03-11');
    expect(await referenceDate('52.01')).toBe('2026-03-11');
    expect(await referenceDate('18')).toBe('2026-03-10');
  });

  it('agrees with the snapshot scheduler: the last closed day is the day before coverage’s today', async () => {
    const closes = await enqueueDueDayCloses(env().handle, new Date(NTB_MIDNIGHT));
    expect(closes).toEqual([
      { province: '18', date: '2026-03-09' },
      { province: '52', date: '2026-03-10' },
    ]);
    for (const c of closes) expect(addDays(c.date, 1)).toBe(await referenceDate(c.province));
  });

  it('dates the daily-reports export on the region’s own today', async () => {
    const r = await app.inject({
      method: 'GET',
      url: '/api/v1/exports/daily-reports.xlsx?region=52',
      headers: { cookie: sessionCookie },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toContain('2026-03-11');
  });
});
