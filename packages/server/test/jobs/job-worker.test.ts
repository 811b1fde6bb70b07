import { beforeEach, describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, enqueueJob, JobError, type JobHandler, JobWorker } from '../../src/modules/jobs';
import { claimDueJobs, findJob, finishAttempt } from '../../src/modules/jobs/jobs.repository';
import { testClock } from '../helpers/test-clock';
import { describeEachEngine } from '../helpers/test-env';

describeEachEngine('jobs worker', (env) => {
  beforeEach(async () => {
    await env().handle.db.deleteFrom('jobs').execute();
  });

  it('enqueues inside the caller transaction: a rolled-back cause leaves no job', async () => {
    const { db } = env().handle;
    await db
      .transaction()
      .execute(async (trx) => {
        await enqueueJob(trx, { kind: 'test.noop', payload: {} });
        throw new Error('cause failed');
      })
      .catch(() => {});
    expect(await db.selectFrom('jobs').selectAll().execute()).toHaveLength(0);
    const id = await db.transaction().execute((trx) => enqueueJob(trx, { kind: 'test.noop', payload: {} }));
    expect(id).toBeGreaterThan(0);
  });

  it('runs the handler of the kind once and marks the job done; a dedupe key enqueues once', async () => {
    const clock = testClock();
    const seen: unknown[] = [];
    const worker = new JobWorker(
      env().handle,
      { 'test.echo': async (p) => void seen.push(p) },
      { now: clock },
    );
    const first = await enqueueJob(
      env().handle.db,
      { kind: 'test.echo', payload: { n: 1 }, dedupeKey: 'k1' },
      clock(),
    );
    const again = await enqueueJob(
      env().handle.db,
      { kind: 'test.echo', payload: { n: 2 }, dedupeKey: 'k1' },
      clock(),
    );
    expect(again).toBeNull();
    expect(await worker.drain()).toBe(1);
    expect(seen).toEqual([{ n: 1 }]);
    const row = await findJob(env().handle.db, first ?? 0);
    expect(row).toMatchObject({ state: 'done', attempts: 1, lease_owner: null });
    expect(await worker.drain()).toBe(0);
  });

  it('retries with exponential backoff, then marks the job dead after max attempts', async () => {
    const clock = testClock();
    const failing: JobHandler = async () => {
      throw new JobError('gateway_unavailable', { status: 503 });
    };
    const worker = new JobWorker(env().handle, { 'test.fail': failing }, { now: clock });
    const id =
      (await enqueueJob(env().handle.db, { kind: 'test.fail', payload: {}, maxAttempts: 3 }, clock())) ?? 0;
    expect(await worker.runOnce()).toBe(1);
    let row = await findJob(env().handle.db, id);
    expect(row).toMatchObject({ state: 'failed', attempts: 1, last_error_code: 'gateway_unavailable' });
    expect(JSON.parse(row?.last_error_params ?? '{}')).toEqual({ status: 503 });
    clock.advance(BACKOFF_BASE_MS - 1);
    expect(await worker.runOnce()).toBe(0);
    clock.advance(1);
    expect(await worker.runOnce()).toBe(1);
    // The second wait is twice the first.
    clock.advance(2 * BACKOFF_BASE_MS - 1);
    expect(await worker.runOnce()).toBe(0);
    clock.advance(1);
    expect(await worker.runOnce()).toBe(1);
    row = await findJob(env().handle.db, id);
    expect(row).toMatchObject({ state: 'dead', attempts: 3 });
    clock.advance(3_600_000);
    expect(await worker.runOnce()).toBe(0);
  });

  it('an unknown kind or a permanent error is dead at once, with the error recorded', async () => {
    const clock = testClock();
    const worker = new JobWorker(env().handle, {}, { now: clock });
    const id = (await enqueueJob(env().handle.db, { kind: 'test.nobody', payload: {} }, clock())) ?? 0;
    await worker.drain();
    expect(await findJob(env().handle.db, id)).toMatchObject({
      state: 'dead',
      last_error_code: 'job_kind_unknown',
    });
  });

  it('resumes a job whose process died: the expired lease is claimed again; the dead owner cannot finish it', async () => {
    const clock = testClock();
    const runs: number[] = [];
    const worker = new JobWorker(
      env().handle,
      { 'test.resume': async (_p, ctx) => void runs.push(ctx.attempt) },
      {
        now: clock,
        leaseMs: 60_000,
      },
    );
    const id = (await enqueueJob(env().handle.db, { kind: 'test.resume', payload: {} }, clock())) ?? 0;
    const until = new Date(clock().getTime() + 60_000).toISOString();
    const taken = await claimDueJobs(env().handle, 'killed-process', clock().toISOString(), until, 5);
    expect(taken.map((j) => j.id)).toEqual([id]);
    expect(await worker.runOnce()).toBe(0);
    clock.advance(60_001);
    expect(await worker.runOnce()).toBe(1);
    expect(runs).toEqual([2]);
    const late = await finishAttempt(
      env().handle.db,
      id,
      'killed-process',
      { state: 'done' },
      clock().toISOString(),
    );
    expect(late).toBe(false);
    expect(await findJob(env().handle.db, id)).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('a heartbeat extends the lease of a long job so that no one else takes it', async () => {
    const clock = testClock();
    let other = -1;
    const rival = new JobWorker(env().handle, {}, { now: clock, owner: 'rival' });
    const long: JobHandler = async (_p, ctx) => {
      clock.advance(50_000);
      expect(await ctx.heartbeat()).toBe(true);
      clock.advance(50_000);
      other = await rival.runOnce();
    };
    const worker = new JobWorker(env().handle, { 'test.long': long }, { now: clock, leaseMs: 60_000 });
    await enqueueJob(env().handle.db, { kind: 'test.long', payload: {} }, clock());
    expect(await worker.runOnce()).toBe(1);
    expect(other).toBe(0);
  });

  describe('GET /api/v1/jobs', () => {
    it('lists state, attempts and last error to the superadmin only', async () => {
      const clock = testClock();
      await enqueueJob(env().handle.db, { kind: 'test.nobody', payload: { nik: 'x' } }, clock());
      await new JobWorker(env().handle, {}, { now: clock }).drain();
      const admin = await env().as('admin');
      const res = await admin.get<{ items: Record<string, unknown>[]; total: number }>(
        '/api/v1/jobs?state=dead',
      );
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(1);
      expect(res.body.items[0]).toMatchObject({ kind: 'test.nobody', state: 'dead', attempts: 1 });
      expect(res.body.items[0]?.lastError).toMatchObject({ code: 'job_kind_unknown' });
      expect(JSON.stringify(res.body)).not.toContain('nik');
      const province = await env().as('lampung.admin');
      expect((await province.get('/api/v1/jobs')).status).toBe(403);
    });
  });
});
