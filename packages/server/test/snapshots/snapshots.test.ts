import type { SnapshotResponse, TrendResponse } from '@sigap/contracts';
import { addDays } from '@sigap/domain';
import { beforeAll, expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { toStored } from '../../src/modules/counters/coverage-figures';
import { findSnapshot } from '../../src/modules/snapshots/snapshots.repository';
import { figuresOfRow, takeSnapshot } from '../../src/modules/snapshots/snapshots.service';
import { expectError } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';
import { recordedOn, unrecorded, wibToday } from './history-fixture';

describeEachEngine('snapshots', (env) => {
  const today = wibToday();

  beforeAll(async () => {
    await seedResidents(env(), [
      ...recordedOn('18.71.01.1003', ['2024-01-05', '2024-01-06']),
      ...unrecorded('18.71.01.1003', 3),
      ...unrecorded('18.71.02.1003', 2),
      ...recordedOn('18.01.04.2001', ['2023-12-01']),
      buildResident({ villageCode: '18.71.01.1003', birthDate: '2010-01-01' }),
      buildResident({
        villageCode: '18.71.01.1003',
        recordingStatus: 'PRINT_READY_RECORD',
        printStatus: 'PRINTED',
        printedDate: '2024-01-10',
      }),
    ]);
  });

  it('takes an on-demand snapshot equal to the counters, for the region and each regency and district', async () => {
    const admin = await env().as('lampung.admin');
    const r = await admin.post<SnapshotResponse>('/api/v1/snapshots', { region: '18' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const { snapshot } = r.body;
    expect(snapshot).toMatchObject({ regionCode: '18', date: today, trigger: 'on_demand' });
    const live = toStored(await figuresFor(env().handle.db, '18', today));
    expect(snapshot.figures).toEqual({ ...live, percentRecorded: live.recorded / live.mustHoldId });
    for (const code of ['18.71', '18.71.01', '18.71.02', '18.01.04']) {
      const row = await findSnapshot(env().handle.db, code, today);
      expect(row && figuresOfRow(row), code).toEqual(
        toStored(await figuresFor(env().handle.db, code, today)),
      );
    }
    expect(await findSnapshot(env().handle.db, '18.71.01.1003', today)).toBeUndefined();
    const stored = await env()
      .handle.db.selectFrom('coverage_snapshots')
      .select('region_code')
      .where('date', '=', today)
      .execute();
    expect(snapshot.regionsStored).toBe(stored.length);
    expect(stored.every((s) => s.region_code.startsWith('18'))).toBe(true);
  });

  it('is idempotent: taking it again replaces the rows', async () => {
    const admin = await env().as('lampung.admin');
    await admin.post('/api/v1/snapshots', { region: '18.71', date: addDays(today, -1) });
    const again = await admin.post<SnapshotResponse>('/api/v1/snapshots', {
      region: '18.71',
      date: addDays(today, -1),
    });
    expect(again.status).toBe(201);
    const rows = await env()
      .handle.db.selectFrom('coverage_snapshots')
      .selectAll()
      .where('region_code', '=', '18.71')
      .execute();
    expect(rows.filter((r) => r.date === addDays(today, -1))).toHaveLength(1);
  });

  it('refuses to replace a closed day and dates outside today/yesterday', async () => {
    const admin = await env().as('lampung.admin');
    const closed = addDays(today, -1);
    await takeSnapshot(env().handle, '18.01', closed, 'day_close');
    expectError(
      await admin.post('/api/v1/snapshots', { region: '18.01', date: closed }),
      409,
      'snapshot_day_closed',
    );
    expect((await findSnapshot(env().handle.db, '18.01', closed))?.trigger).toBe('day_close');
    const old = expectError(
      await admin.post('/api/v1/snapshots', { region: '18', date: addDays(today, -2) }),
      400,
      'validation_failed',
    );
    expect(old.details?.[0]?.field).toBe('date');
    expectError(
      await admin.post('/api/v1/snapshots', { region: '18', date: addDays(today, 1) }),
      400,
      'validation_failed',
    );
    expectError(await admin.post('/api/v1/snapshots', { region: '18.99' }), 404, 'region_not_found');
    expectError(await admin.post('/api/v1/snapshots', { region: '18.7' }), 400, 'validation_failed');
  });

  it('an on-demand snapshot never overwrites a day close of a region below it', async () => {
    const admin = await env().as('lampung.admin');
    const closed = addDays(today, -1);
    const before = await findSnapshot(env().handle.db, '18.01', closed);
    expect((await admin.post('/api/v1/snapshots', { region: '18', date: closed })).status).toBe(201);
    expect(await findSnapshot(env().handle.db, '18.01', closed)).toEqual(before);
  });

  it('returns the trend sorted by date, with percentages', async () => {
    const admin = await env().as('lampung.admin');
    const r = await admin.get<TrendResponse>(
      `/api/v1/coverage/trend?region=18.71&from=${addDays(today, -5)}&to=${today}`,
    );
    expect(r.status).toBe(200);
    expect(r.body.items.map((i) => i.date)).toEqual([addDays(today, -1), today]);
    const last = r.body.items.at(-1);
    expect(last).toMatchObject({
      recorded: 3,
      mustHoldId: 8,
      printed: 1,
      handedOver: 0,
      printReadyWaiting: 2,
    });
    expect(last?.percentRecorded).toBeCloseTo(3 / 8);
    const byDefault = await admin.get<TrendResponse>('/api/v1/coverage/trend?region=18.71');
    expect(byDefault.body).toMatchObject({ from: addDays(today, -59), to: today });
    expect(byDefault.body.items).toHaveLength(2);
  });

  it('validates the trend range', async () => {
    const admin = await env().as('lampung.admin');
    expectError(
      await admin.get('/api/v1/coverage/trend?region=18&from=2024-02-01&to=2024-01-01'),
      400,
      'validation_failed',
    );
    expectError(
      await admin.get('/api/v1/coverage/trend?region=18&from=2022-01-01&to=2024-01-01'),
      400,
      'validation_failed',
    );
    expectError(
      await admin.get('/api/v1/coverage/trend?region=18&from=2024-02-30'),
      400,
      'validation_failed',
    );
  });
});
