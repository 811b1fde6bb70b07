import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getElection } from '../../src/modules/elections';
import { IMPORT_JOB, importJobHandler, importJobKey } from '../../src/modules/imports/import-job';
import { createImportJob } from '../../src/modules/imports/imports.service';
import { describeLocalFile } from '../../src/modules/imports/uploads';
import { BACKOFF_BASE_MS, findJobByDedupeKey, JobWorker } from '../../src/modules/jobs';
import { voterRollSink } from '../../src/modules/voter-rolls';
import { classifyRoll } from '../../src/modules/voter-rolls/voter-roll-classify.repository';
import { insertRoll } from '../../src/modules/voter-rolls/voter-rolls.repository';
import { testClock } from '../helpers/test-clock';
import { describeEachEngine } from '../helpers/test-env';
import { lineOf, ROLL_REGION, rollCsv, rollElection, seedWorld, unknownNik } from './helpers';

/** Two rows a batch and a transaction, so the roll commits several times before the failure. */
const SMALL = { batchSize: 2, commitLimits: { rows: 2, ms: 60_000 }, sinks: { voter_roll: voterRollSink } };

/**
 * A voter-roll import is an import: a run that fails after committing batches is retried and resumes from
 * its checkpoint, staging each line once, and ends classified exactly like an uninterrupted run of the
 * same file; classifying again (a run killed during classification) changes nothing.
 */
describeEachEngine('voter rolls: resumable import', (env) => {
  let dir = '';
  let file = '';
  let electionId = 0;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sigap-dpt-'));
    const w = await seedWorld(env(), 'ULANG');
    electionId = await rollElection(env());
    file = path.join(dir, 'dpt.csv');
    const lines = [
      w.notRecorded,
      w.recorded,
      w.prr,
      w.printed,
      w.deadCert,
      w.deadOnly,
      w.moved,
      w.dup,
      w.dup,
    ];
    writeFileSync(
      file,
      rollCsv([
        ...lines.map((r) => lineOf(r)),
        { nik: unknownNik(7), name: 'X', birth: '1985-01-01', sex: 'L' },
        'BAD,ROW',
      ]),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function newRoll(): Promise<{ rollId: number; jobId: number; importId: number }> {
    const upload = await describeLocalFile(file);
    let rollId = 0;
    const by = { userId: null, scope: ROLL_REGION };
    const importId = await createImportJob(
      env().handle,
      upload,
      { kind: 'voter_roll' },
      by,
      '2026-01-01',
      async (trx, id) => {
        rollId = await insertRoll(trx, {
          import_job_id: id,
          election_id: electionId,
          region_code: ROLL_REGION,
          name: 'DPT uji ulang',
          classified_at: null,
          created_by: null,
          created_at: new Date().toISOString(),
        });
      },
    );
    const job = await findJobByDedupeKey(env().handle.db, importJobKey(importId));
    if (!job) throw new Error('no job');
    return { rollId, jobId: job.id, importId };
  }

  const picture = async (rollId: number) =>
    (
      await env()
        .handle.db.selectFrom('voter_roll_rows')
        .select(['line', 'nik', 'class', 'region_code'])
        .where('roll_id', '=', rollId)
        .orderBy('line')
        .orderBy('nik')
        .execute()
    ).map((r) => JSON.stringify(r));

  it('a failed run resumes from its checkpoint and ends like an uninterrupted one', async () => {
    const clock = testClock();
    const plain = await newRoll();
    const once = new JobWorker(env().handle, { [IMPORT_JOB]: importJobHandler(SMALL) }, { now: clock });
    expect(await once.runJob(plain.jobId)).toBe(true);

    const resumed = await newRoll();
    let failed = false;
    const flaky = importJobHandler({
      ...SMALL,
      onProgress: () => {
        if (failed) return;
        failed = true;
        throw new Error('disk went away');
      },
    });
    const worker = new JobWorker(env().handle, { [IMPORT_JOB]: flaky }, { now: clock });
    expect(await worker.runJob(resumed.jobId)).toBe(true);
    const halfway = await env()
      .handle.db.selectFrom('import_jobs')
      .selectAll()
      .where('id', '=', resumed.importId)
      .executeTakeFirstOrThrow();
    expect(halfway).toMatchObject({ status: 'queued', rows_done: 2, last_line: 3 });
    clock.advance(BACKOFF_BASE_MS);
    expect(await worker.runJob(resumed.jobId)).toBe(true);

    const jobs = await env()
      .handle.db.selectFrom('import_jobs')
      .select(['id', 'status', 'rows_done', 'rows_inserted', 'rows_rejected'])
      .where('id', 'in', [plain.importId, resumed.importId])
      .orderBy('id')
      .execute();
    expect(jobs.map(({ id: _id, ...j }) => j)).toEqual([
      { status: 'done', rows_done: 11, rows_inserted: 10, rows_rejected: 1 },
      { status: 'done', rows_done: 11, rows_inserted: 10, rows_rejected: 1 },
    ]);
    const a = await picture(plain.rollId);
    expect(await picture(resumed.rollId)).toEqual(a);
    // Every line staged once, plus the reverse set: the two Kedaton voters this roll leaves off.
    expect(a.filter((r) => !r.includes('"line":null'))).toHaveLength(10);
    expect(a.filter((r) => r.includes('"line":null'))).toHaveLength(2);
    expect(a.filter((r) => r.includes('"class":"duplicate_nik"'))).toHaveLength(1);

    // Classifying again (a run killed while classifying is resumed into it) leaves the same picture.
    const roll = await env()
      .handle.db.selectFrom('voter_rolls')
      .selectAll()
      .where('id', '=', resumed.rollId)
      .executeTakeFirstOrThrow();
    await classifyRoll(env().handle, roll, await getElection(env().handle, electionId));
    expect(await picture(resumed.rollId)).toEqual(a);
  });
});
