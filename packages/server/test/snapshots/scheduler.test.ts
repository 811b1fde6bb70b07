import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../src/db/connect';
import { figuresFor } from '../../src/modules/counters';
import { toStored } from '../../src/modules/counters/coverage-figures';
import { JobWorker } from '../../src/modules/jobs';
import { DAY_CLOSE_JOB, snapshotJobHandlers } from '../../src/modules/snapshots/snapshot-jobs';
import {
  dueDayCloses,
  enqueueDueDayCloses,
  startSnapshotScheduler,
} from '../../src/modules/snapshots/snapshot-scheduler';
import { findSnapshot } from '../../src/modules/snapshots/snapshots.repository';
import { figuresOfRow, takeSnapshot } from '../../src/modules/snapshots/snapshots.service';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';
import { recordedOn, unrecorded } from './history-fixture';

const at = (iso: string) => new Date(iso);

/** One scheduler pass at `now`, then a job worker on the same clock taking what it enqueued. */
async function runDueDayCloses(handle: Db, now: Date, owner = 'worker') {
  const enqueued = await enqueueDueDayCloses(handle, now);
  await new JobWorker(handle, snapshotJobHandlers, { now: () => now, owner }).drain();
  return enqueued;
}

describe('dueDayCloses (pure)', () => {
  const provinces = ['18', '52', '91'];

  it('closes NTB (WITA) at 16:00 UTC and Lampung (WIB) at 17:00 UTC', () => {
    expect(dueDayCloses(at('2024-02-13T15:59:00Z'), provinces, new Set())).toEqual([
      { province: '18', date: '2024-02-12' },
      { province: '52', date: '2024-02-12' },
      { province: '91', date: '2024-02-13' },
    ]);
    expect(dueDayCloses(at('2024-02-13T16:00:00Z'), provinces, new Set())).toContainEqual({
      province: '52',
      date: '2024-02-13',
    });
    expect(dueDayCloses(at('2024-02-13T16:59:59Z'), ['18'], new Set())).toEqual([
      { province: '18', date: '2024-02-12' },
    ]);
    expect(dueDayCloses(at('2024-02-13T17:00:00Z'), ['18'], new Set())).toEqual([
      { province: '18', date: '2024-02-13' },
    ]);
  });

  it('skips closes already taken: once per local date', () => {
    const taken = new Set(['18|2024-02-12', '52|2024-02-13']);
    expect(dueDayCloses(at('2024-02-13T16:30:00Z'), ['18', '52'], taken)).toEqual([]);
    expect(dueDayCloses(at('2024-02-13T17:01:00Z'), ['18', '52'], taken)).toEqual([
      { province: '18', date: '2024-02-13' },
    ]);
  });

  it('catches up a missed midnight later in the next local day', () => {
    expect(dueDayCloses(at('2024-02-14T09:00:00Z'), ['18'], new Set())).toEqual([
      { province: '18', date: '2024-02-13' },
    ]);
  });
});

describeEachEngine('day-close scheduler', (env) => {
  beforeAll(async () => {
    await seedResidents(env(), [
      ...recordedOn('18.71.01.1003', ['2024-01-01']),
      ...unrecorded('18.71.01.1003', 2),
      ...recordedOn('52.01.01.1001', ['2024-01-02']),
    ]);
  });

  it('takes each province with residents at its own midnight, once', async () => {
    const { handle } = env();
    // 16:30 UTC: NTB's 13 Feb has closed, Lampung's has not (its last closed day is the 12th).
    const first = await runDueDayCloses(handle, at('2024-02-13T16:30:00Z'));
    expect(first).toEqual([
      { province: '18', date: '2024-02-12' },
      { province: '52', date: '2024-02-13' },
    ]);
    expect(await runDueDayCloses(handle, at('2024-02-13T16:45:00Z'))).toEqual([]);
    const lampung = await runDueDayCloses(handle, at('2024-02-13T17:00:30Z'));
    expect(lampung).toEqual([{ province: '18', date: '2024-02-13' }]);
    const row = await findSnapshot(handle.db, '18.71.01', '2024-02-13');
    expect(row?.trigger).toBe('day_close');
    expect(row && figuresOfRow(row)).toEqual(toStored(await figuresFor(handle.db, '18.71.01', '2024-02-13')));
    expect(await findSnapshot(handle.db, '52.01', '2024-02-13')).toBeDefined();
    expect(await findSnapshot(handle.db, '11', '2024-02-13')).toBeUndefined();
  });

  it('replaces an on-demand snapshot of the closing day', async () => {
    const { handle } = env();
    await takeSnapshot(handle, '18', '2024-03-01', 'on_demand');
    await runDueDayCloses(handle, at('2024-03-01T17:05:00Z'));
    expect((await findSnapshot(handle.db, '18', '2024-03-01'))?.trigger).toBe('day_close');
  });

  it('two instances enqueue each close once, and one of them takes it', async () => {
    const { handle } = env();
    const now = at('2024-04-01T17:10:00Z');
    // Both instances' schedulers see the same midnight at once.
    const passes = await Promise.all([enqueueDueDayCloses(handle, now), enqueueDueDayCloses(handle, now)]);
    expect(passes.flat().sort((x, y) => x.province.localeCompare(y.province))).toEqual([
      { province: '18', date: '2024-04-01' },
      { province: '52', date: '2024-04-01' },
    ]);
    const runs: string[] = [];
    const worker = (owner: string) =>
      new JobWorker(
        handle,
        {
          [DAY_CLOSE_JOB]: async (payload, ctx) => {
            runs.push(`${owner}:${(payload as { province: string }).province}`);
            await snapshotJobHandlers[DAY_CLOSE_JOB]?.(payload, ctx);
          },
        },
        { now: () => now, owner, batch: 1 },
      );
    const [a, b] = await Promise.all([worker('a').drain(), worker('b').drain()]);
    expect(a + b).toBe(2);
    expect(runs.map((r) => r.slice(2)).sort()).toEqual(['18', '52']);
    const jobs = await handle.db
      .selectFrom('jobs')
      .select(['dedupe_key', 'state', 'attempts'])
      .where('kind', '=', DAY_CLOSE_JOB)
      .where('dedupe_key', 'like', '%:2024-04-01')
      .orderBy('dedupe_key')
      .execute();
    expect(jobs).toEqual([
      { dedupe_key: 'snapshot.day_close:18:2024-04-01', state: 'done', attempts: 1 },
      { dedupe_key: 'snapshot.day_close:52:2024-04-01', state: 'done', attempts: 1 },
    ]);
    const rows = await handle.db
      .selectFrom('coverage_snapshots')
      .select(['region_code', 'trigger'])
      .where('date', '=', '2024-04-01')
      .where('region_code', '=', '18')
      .execute();
    expect(rows).toEqual([{ region_code: '18', trigger: 'day_close' }]);
    // A later pass of either instance enqueues nothing more.
    expect(await enqueueDueDayCloses(handle, at('2024-04-01T17:20:00Z'))).toEqual([]);
  });

  it('a day-close job resumed after its close was stored does not take it again', async () => {
    const { handle } = env();
    const now = at('2024-05-01T17:10:00Z');
    await runDueDayCloses(handle, now);
    const first = await findSnapshot(handle.db, '18', '2024-05-01');
    // As if the worker died after the snapshot committed but before the job was marked done.
    await handle.db
      .updateTable('jobs')
      .set({ state: 'queued' })
      .where('dedupe_key', '=', 'snapshot.day_close:18:2024-05-01')
      .execute();
    const later = at('2024-05-02T03:00:00Z');
    await new JobWorker(handle, snapshotJobHandlers, { now: () => later }).drain();
    expect((await findSnapshot(handle.db, '18', '2024-05-01'))?.taken_at).toBe(first?.taken_at);
  });

  it('runs on an unref’d timer, enqueues the due closes and wakes the worker', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'setTimeout', 'clearInterval', 'clearTimeout'] });
    const logged: string[] = [];
    const log = {
      info: (_: object, msg: string) => logged.push(msg),
      error: (_: object, msg: string) => logged.push(msg),
    };
    let woken = 0;
    try {
      const stop = startSnapshotScheduler(env().handle, log, { tickMs: 60_000, wake: () => woken++ });
      await vi.advanceTimersByTimeAsync(1_000);
      stop();
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(() => expect(logged.length).toBeGreaterThan(0));
    expect(logged[0]).toBe('day-close snapshots enqueued');
    expect(woken).toBe(1);
    const queued = await env()
      .handle.db.selectFrom('jobs')
      .select('state')
      .where('kind', '=', DAY_CLOSE_JOB)
      .where('state', '=', 'queued')
      .execute();
    expect(queued.length).toBeGreaterThan(0);
  });
});
