import { beforeEach, expect, it } from 'vitest';
import { enqueueJob, type JobHandler, JobWorker } from '../../src/modules/jobs';
import { testClock } from '../helpers/test-clock';
import { describeEachEngine } from '../helpers/test-env';

/**
 * Several Sigap instances on one database: two workers claim in parallel (on PostgreSQL each claim runs on
 * its own pooled connection, so the claims really overlap) and every job runs exactly once.
 */
describeEachEngine('jobs claim race', (env) => {
  beforeEach(async () => {
    await env().handle.db.deleteFrom('jobs').execute();
  });

  it('two workers racing over N jobs run each job exactly once', async () => {
    const clock = testClock();
    const N = 60;
    const runs = new Map<number, string[]>();
    const handler =
      (who: string): JobHandler =>
      async (payload) => {
        const n = (payload as { n: number }).n;
        runs.set(n, [...(runs.get(n) ?? []), who]);
        // Yield so that the other worker's claim interleaves with this run.
        await new Promise((resolve) => setImmediate(resolve));
      };
    await env()
      .handle.db.transaction()
      .execute(async (trx) => {
        for (let n = 0; n < N; n++) await enqueueJob(trx, { kind: 'test.race', payload: { n } }, clock());
      });
    const a = new JobWorker(
      env().handle,
      { 'test.race': handler('a') },
      { now: clock, owner: 'a', batch: 3 },
    );
    const b = new JobWorker(
      env().handle,
      { 'test.race': handler('b') },
      { now: clock, owner: 'b', batch: 3 },
    );
    const [ranA, ranB] = await Promise.all([a.drain(1000), b.drain(1000)]);
    expect(ranA + ranB).toBe(N);
    expect(runs.size).toBe(N);
    for (const who of runs.values()) expect(who).toHaveLength(1);
    if (env().engine === 'postgres') expect(Math.min(ranA, ranB)).toBeGreaterThan(0);
    const states = await env().handle.db.selectFrom('jobs').select(['state', 'attempts']).execute();
    expect(states.every((s) => s.state === 'done' && s.attempts === 1)).toBe(true);
  });
});
