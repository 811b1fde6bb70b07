import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { IMPORT_JOB, importJobHandler, importJobKey } from '../../src/modules/imports/import-job';
import { findJob } from '../../src/modules/imports/import-jobs.repository';
import { createImportJob } from '../../src/modules/imports/imports.service';
import { describeLocalFile } from '../../src/modules/imports/uploads';
import { BACKOFF_BASE_MS, findJobByDedupeKey, type JobHandler, JobWorker } from '../../src/modules/jobs';
import { writeSiakCsv } from '../helpers/siak-csv';
import { testClock } from '../helpers/test-clock';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { extract } from './import-fixtures';
import { importer, importFile } from './import-flow';

/**
 * Imports run on the jobs table: the `import` job leases the import, retries it with backoff, resumes it
 * from its last committed batch, and never lets two workers run it at once. Batches of two rows, one per
 * transaction, so that every run commits several times.
 */
const SMALL_BATCHES = { batchSize: 2, commitLimits: { rows: 2, ms: 60_000 } };
const ROWS = 10; // extract() holds ten residents

/** The residents of one prefix, and how many `created` history entries they have (one each, if written once). */
async function written(env: TestEnv, prefix: string): Promise<{ residents: number; created: number }> {
  const ids = env.handle.db.selectFrom('residents').select('id').where('full_name', 'like', `${prefix} %`);
  const residents = await env.handle.db
    .selectFrom('residents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('full_name', 'like', `${prefix} %`)
    .executeTakeFirstOrThrow();
  const created = await env.handle.db
    .selectFrom('resident_history')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('field', '=', 'created')
    .where('resident_id', 'in', ids)
    .executeTakeFirstOrThrow();
  return { residents: Number(residents.n), created: Number(created.n) };
}

describeEachEngine('imports on the jobs table', (env) => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sigap-import-jobs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Records an import of a fresh ten-resident file (as the CLI does) and returns its row id and job id. */
  async function newImport(prefix: string): Promise<{ importId: number; jobId: number }> {
    const file = writeSiakCsv(path.join(dir, `${prefix.replaceAll(' ', '-')}.csv`), extract(prefix));
    const upload = await describeLocalFile(file);
    const by = { userId: null, scope: '18.71' };
    const importId = await createImportJob(env().handle, upload, { kind: 'residents' }, by, '2026-01-01');
    const job = await findJobByDedupeKey(env().handle.db, importJobKey(importId));
    if (!job) throw new Error('no job enqueued');
    return { importId, jobId: job.id };
  }

  const jobRow = async (jobId: number) =>
    env().handle.db.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
  const importRow = async (importId: number) => {
    const row = await findJob(env().handle.db, importId);
    if (!row) throw new Error(`import ${importId} missing`);
    return row;
  };

  it('two workers racing over the same import jobs: each import runs exactly once', async () => {
    const imports = [await newImport('RACE A'), await newImport('RACE B'), await newImport('RACE C')];
    const runs = new Map<number, string[]>();
    const clock = testClock();
    const worker = (who: string) => {
      const real = importJobHandler();
      const handler: JobHandler = async (payload, ctx) => {
        const id = (payload as { importJobId: number }).importJobId;
        runs.set(id, [...(runs.get(id) ?? []), who]);
        await real(payload, ctx);
      };
      return new JobWorker(env().handle, { [IMPORT_JOB]: handler }, { now: clock, owner: who, batch: 1 });
    };
    const [a, b] = [worker('a'), worker('b')];
    // Both go for the first job at once, then drain the rest.
    const first = imports[0]?.jobId ?? 0;
    const claimed = await Promise.all([a.runJob(first), b.runJob(first)]);
    expect(claimed.filter(Boolean)).toHaveLength(1);
    const [ranA, ranB] = await Promise.all([a.drain(), b.drain()]);
    expect(ranA + ranB).toBe(imports.length - 1);
    for (const [i, { importId, jobId }] of imports.entries()) {
      expect(runs.get(importId)).toHaveLength(1);
      expect(await jobRow(jobId)).toMatchObject({ state: 'done', attempts: 1 });
      expect(await importRow(importId)).toMatchObject({ status: 'done', rows_inserted: ROWS });
      expect(await written(env(), `RACE ${'ABC'[i]}`)).toEqual({ residents: ROWS, created: ROWS });
    }
  });

  it('an upload enqueues its job with the import row; the server’s import worker runs it at once', async () => {
    const op = await importer(env(), 'bandarlampung.operator');
    const file = writeSiakCsv(path.join(dir, 'http.csv'), extract('LEWAT HTTP'));
    const shown = await importFile(env(), op, file);
    expect(shown).toMatchObject({ status: 'done', inserted: ROWS });
    // The import's row says done a moment before its job does (the worker records the job's end last).
    const job = await vi.waitFor(async () => {
      const row = await findJobByDedupeKey(env().handle.db, importJobKey(shown.id));
      expect(row).toMatchObject({ kind: IMPORT_JOB, state: 'done', attempts: 1, max_attempts: 3 });
      return row;
    });
    expect(JSON.parse(job?.payload ?? '{}')).toMatchObject({ importJobId: shown.id });
  });

  it('a failed run is retried after its backoff and resumes from its last committed batch', async () => {
    const { importId, jobId } = await newImport('ULANG');
    const clock = testClock();
    let failed = false;
    const handler = importJobHandler({
      ...SMALL_BATCHES,
      onProgress: () => {
        if (failed) return;
        failed = true;
        throw new Error('disk went away');
      },
    });
    const worker = new JobWorker(env().handle, { [IMPORT_JOB]: handler }, { now: clock });
    expect(await worker.runJob(jobId)).toBe(true);
    expect(await jobRow(jobId)).toMatchObject({
      state: 'failed',
      attempts: 1,
      last_error_text: 'disk went away',
    });
    // The import waits for its retry, with the first batch kept.
    expect(await importRow(importId)).toMatchObject({ status: 'queued', rows_done: 2, last_line: 3 });
    clock.advance(BACKOFF_BASE_MS - 1);
    expect(await worker.runJob(jobId)).toBe(false);
    clock.advance(1);
    expect(await worker.runJob(jobId)).toBe(true);
    expect(await jobRow(jobId)).toMatchObject({ state: 'done', attempts: 2 });
    expect(await importRow(importId)).toMatchObject({ status: 'done', rows_done: ROWS, rows_inserted: ROWS });
    expect(await written(env(), 'ULANG')).toEqual({ residents: ROWS, created: ROWS });
  });

  it('a run that lost its lease commits nothing more; the worker that took the job over finishes it', async () => {
    const { importId, jobId } = await newImport('SELA');
    const clock = testClock();
    const rival = new JobWorker(
      env().handle,
      { [IMPORT_JOB]: importJobHandler(SMALL_BATCHES) },
      {
        now: clock,
        owner: 'rival',
      },
    );
    let rivalRan = -1;
    const stalled = importJobHandler({
      ...SMALL_BATCHES,
      // After its first commit this worker stalls past its lease (a long GC pause, a frozen VM); meanwhile
      // the rival takes the job over and runs it to the end from the checkpoint.
      onProgress: async () => {
        if (rivalRan >= 0) return;
        clock.advance(60_001);
        rivalRan = await rival.runOnce();
      },
    });
    const worker = new JobWorker(env().handle, { [IMPORT_JOB]: stalled }, { now: clock, owner: 'stalled' });
    expect(await worker.runJob(jobId)).toBe(true);
    expect(rivalRan).toBe(1);
    expect(await jobRow(jobId)).toMatchObject({ state: 'done', attempts: 2, lease_owner: null });
    expect(await importRow(importId)).toMatchObject({ status: 'done', rows_done: ROWS, rows_inserted: ROWS });
    expect(await written(env(), 'SELA')).toEqual({ residents: ROWS, created: ROWS });
  });

  it('a stopping worker hands the import back uncounted; the next worker resumes it', async () => {
    const { importId, jobId } = await newImport('HENTI');
    const clock = testClock();
    const stopping: { worker?: JobWorker } = {};
    const handler = importJobHandler({ ...SMALL_BATCHES, onProgress: () => stopping.worker?.stop() });
    stopping.worker = new JobWorker(env().handle, { [IMPORT_JOB]: handler }, { now: clock });
    expect(await stopping.worker.runJob(jobId)).toBe(true);
    expect(await jobRow(jobId)).toMatchObject({ state: 'queued', attempts: 0, lease_owner: null });
    const halfway = await importRow(importId);
    expect(halfway.status).toBe('queued');
    expect(halfway.rows_done).toBeGreaterThan(0);
    expect(halfway.rows_done).toBeLessThan(ROWS);
    const next = new JobWorker(
      env().handle,
      { [IMPORT_JOB]: importJobHandler(SMALL_BATCHES) },
      { now: clock },
    );
    expect(await next.runJob(jobId)).toBe(true);
    expect(await jobRow(jobId)).toMatchObject({ state: 'done', attempts: 1 });
    expect(await importRow(importId)).toMatchObject({ status: 'done', rows_done: ROWS, rows_inserted: ROWS });
    expect(await written(env(), 'HENTI')).toEqual({ residents: ROWS, created: ROWS });
  });
});
