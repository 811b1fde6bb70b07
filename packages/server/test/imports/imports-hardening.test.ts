import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportHere } from '../../src/modules/imports/import-in-process';
import { importJobKey } from '../../src/modules/imports/import-job';
import { createImportJob, toImportJob } from '../../src/modules/imports/imports.service';
import { sweepUploads } from '../../src/modules/imports/upload-sweeper';
import { readUpload } from '../../src/modules/imports/uploads';
import { findJobByDedupeKey } from '../../src/modules/jobs';
import { claimDueJobs } from '../../src/modules/jobs/jobs.repository';
import { uploadFile } from '../helpers/multipart';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { type Importer, importer, uploadOk } from './import-flow';

/**
 * Issue 9: the crafted files that killed or hung the server, through the real upload and import path on
 * both engines. Each must end in a clear 422 or a failed job, with the server still answering.
 */
const CRAFTED = path.join(import.meta.dirname, '../fixtures/crafted');
const crafted = (name: string) => ({
  fileName: name,
  bytes: readFileSync(path.join(CRAFTED, name)),
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
});

/**
 * A run of the import's job that died with its process: claimed (an attempt counted), the import marked
 * running, and its lease already expired, so the next worker claims the job again at once.
 */
async function crashedRun(env: TestEnv, importId: number): Promise<void> {
  const job = await findJobByDedupeKey(env.handle.db, importJobKey(importId));
  const now = new Date();
  const expired = new Date(now.getTime() - 1).toISOString();
  const claimed = await claimDueJobs(env.handle, 'killed-process', now.toISOString(), expired, 1, {
    id: job?.id ?? 0,
  });
  expect(claimed).toHaveLength(1);
  await env.handle.db
    .updateTable('import_jobs')
    .set({ status: 'running' })
    .where('id', '=', importId)
    .execute();
}

const jobOf = async (env: TestEnv, importId: number) =>
  findJobByDedupeKey(env.handle.db, importJobKey(importId));

function uploadsLeft(env: TestEnv): string[] {
  try {
    return readdirSync(path.join(env.config.dataDir, 'uploads'));
  } catch {
    return [];
  }
}

/** Residents written from the crafted fixture (its names start so; the test database holds no others). */
async function fixtureResidents(env: TestEnv): Promise<number> {
  const row = await env.handle.db
    .selectFrom('residents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('full_name', 'like', 'PENDUDUK UJI %')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describeEachEngine('imports: crafted files and job failures', (env) => {
  let op: Importer;
  beforeAll(async () => {
    op = await importer(env(), 'bandarlampung.operator');
  });

  it.each([
    ['shared-string-bomb.xlsx', 'import_file_too_large'],
    ['rich-text-bomb.xlsx', 'import_file_too_large'],
    ['truncated-half.xlsx', 'import_unreadable_file'],
  ])('refuses %s at upload with a quick 422 and keeps no copy', async (name, id) => {
    const started = Date.now();
    const r = await uploadFile<{ error: string; message: string; messageEn: string }>(
      env().app,
      op.session,
      crafted(name),
    );
    expect(r.status).toBe(422);
    expect(r.body.error).toBe(id);
    expect(r.body.message).toMatch(/Berkas/);
    expect(r.body.messageEn).toMatch(/file/i);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(uploadsLeft(env())).toEqual([]);
    expect((await env().anonymous().get('/api/health')).status).toBe(200);
  });

  it('fails a job at the 400 MB cell of row 1,700, keeping the whole batches read before it', async () => {
    const { upload } = await uploadOk(env(), op, crafted('inline-bomb-row-1700.xlsx'));
    const stored = await readUpload(env().config.dataDir, upload.id);
    const user = await env()
      .handle.db.selectFrom('users')
      .select('id')
      .where('username', '=', op.username)
      .executeTakeFirstOrThrow();
    const id = await createImportJob(
      env().handle,
      stored,
      { kind: 'residents' },
      { userId: user.id, scope: '18.71' },
      '2026-01-01',
    );
    const job = await runImportHere(env().handle, id, {
      batchSize: 500,
      commitLimits: { rows: 500, ms: 60_000 },
    });
    expect(job.status).toBe('failed');
    // A refused file is not retried: its job is dead at once, with the error's id.
    expect(await jobOf(env(), id)).toMatchObject({
      state: 'dead',
      attempts: 1,
      last_error_code: 'import_failed',
    });
    expect(toImportJob(job).messageEn).toMatch(/longer than 32767 characters/);
    expect(toImportJob(job).message).toMatch(/lebih panjang dari 32767 karakter/);
    // Rows 1-999 fill the first read; the second read hits the cell, so batch 2 (rows 501-1000) never
    // completes and batch 1 is what was committed.
    expect(job.rows_done).toBe(500);
    expect(await fixtureResidents(env())).toBe(500);
    // The job ended: its upload is gone.
    expect(uploadsLeft(env()).filter((f) => f.startsWith(upload.id))).toEqual([]);
  });

  it('fails a resumed job cleanly when its upload is gone or changed', async () => {
    for (const change of ['missing', 'changed'] as const) {
      const { upload } = await uploadOk(env(), op, crafted('inline-bomb-row-1700.xlsx'));
      const stored = await readUpload(env().config.dataDir, upload.id);
      const id = await createImportJob(
        env().handle,
        stored,
        { kind: 'residents' },
        { userId: null, scope: '18.71' },
      );
      await crashedRun(env(), id);
      if (change === 'missing') rmSync(stored.path);
      else writeFileSync(stored.path, 'NIK\n1');
      const job = await runImportHere(env().handle, id);
      expect(job.status).toBe('failed');
      const shown = toImportJob(job);
      expect(shown.messageEn).toMatch(change === 'missing' ? /is gone/ : /changed after the import started/);
      expect(shown.message).toMatch(/unggah ulang/);
    }
  });

  it('gives up on a job that crashed the server on each of its attempts instead of resuming it again', async () => {
    const { upload } = await uploadOk(env(), op, crafted('inline-bomb-row-1700.xlsx'));
    const stored = await readUpload(env().config.dataDir, upload.id);
    const id = await createImportJob(
      env().handle,
      stored,
      { kind: 'residents' },
      { userId: null, scope: '18.71' },
    );
    for (let run = 0; run < 3; run++) await crashedRun(env(), id);
    const job = await runImportHere(env().handle, id);
    expect(job.status).toBe('failed');
    expect(toImportJob(job).messageEn).toMatch(/stopped 3 times/);
    expect(job.rows_done).toBe(0);
    expect(await jobOf(env(), id)).toMatchObject({
      state: 'dead',
      attempts: 4,
      last_error_code: 'import_interrupted_repeatedly',
    });
    expect(uploadsLeft(env()).filter((f) => f.startsWith(upload.id))).toEqual([]);
  });
});

describeEachEngine('imports: malformed upload requests', (env) => {
  let op: Importer;
  beforeAll(async () => {
    op = await importer(env(), 'bandarlampung.operator');
  });
  const post = (headers: Record<string, string>, payload: string | Buffer) =>
    env().app.inject({
      method: 'POST',
      url: '/api/v1/imports/uploads',
      headers: { cookie: op.session.cookie, 'x-csrf-token': op.session.csrf, ...headers },
      payload,
      remoteAddress: op.session.ip,
    });

  it('answers 415 to an upload sent as JSON', async () => {
    const r = await post({ 'content-type': 'application/json' }, JSON.stringify({ file: 'x' }));
    expect(r.statusCode).toBe(415);
    expect(r.json()).toMatchObject({ error: 'unsupported_media_type' });
    expect(r.json().messageEn).toBeTruthy();
  });

  it('answers 400 to multipart without a boundary', async () => {
    const r = await post({ 'content-type': 'multipart/form-data' }, 'whatever');
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ error: 'upload_incomplete' });
  });

  it('answers 400 to a truncated multipart body and keeps no half file', async () => {
    const body =
      '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nNIK,NAMA\r\n1234';
    const r = await post({ 'content-type': 'multipart/form-data; boundary=XyZ' }, body);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ error: 'upload_incomplete' });
    expect(uploadsLeft(env())).toEqual([]);
  });
});

describeEachEngine('imports: upload retention and orphans', (env) => {
  it('deletes expired and orphaned uploads, keeping fresh ones and those of unfinished jobs', async () => {
    const dir = path.join(env().config.dataDir, 'uploads');
    mkdirSync(dir, { recursive: true });
    const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const put = (name: string, body: string, hoursOld: number) => {
      const file = path.join(dir, name);
      writeFileSync(file, body);
      const t = (NOW - hoursOld * 3_600_000) / 1000;
      utimesSync(file, t, t);
    };
    const NOW = Date.now();
    put(`${id(1)}.upload`, 'x', 1.5); // fresh pair: kept
    put(`${id(1)}.json`, '{}', 1.5);
    put(`${id(2)}.upload`, 'x', 30); // expired pair, never imported: deleted
    put(`${id(2)}.json`, '{}', 30);
    put(`${id(3)}.upload`, 'x', 2); // file without description: orphan
    put(`${id(4)}.json`, '{}', 2); // description without file: orphan
    put(`${id(5)}.upload`, '', 2); // empty file: orphan
    put(`${id(5)}.json`, '{}', 2);
    put(`${id(6)}.upload`, 'x', 0.1); // still arriving (no description yet): kept outside startup
    put(`${id(7)}.upload`, 'x', 30); // expired but its job is still queued: kept
    put(`${id(7)}.json`, '{}', 30);
    await createImportJob(
      env().handle,
      {
        id: id(7),
        fileName: 'a.csv',
        size: 1,
        sha256: 'x',
        path: path.join(dir, `${id(7)}.upload`),
        userId: null,
        createdAt: '',
      },
      { kind: 'residents' },
      { userId: null, scope: '18.71' },
    );
    const deleted = await sweepUploads(env().handle, env().config.dataDir, { retentionHours: 24, now: NOW });
    expect(deleted.sort()).toEqual(
      [
        `${id(2)}.json`,
        `${id(2)}.upload`,
        `${id(3)}.upload`,
        `${id(4)}.json`,
        `${id(5)}.json`,
        `${id(5)}.upload`,
      ].sort(),
    );
    const atStartup = await sweepUploads(env().handle, env().config.dataDir, {
      retentionHours: 24,
      now: NOW,
      startup: true,
    });
    expect(atStartup).toEqual([`${id(6)}.upload`]);
    expect(readdirSync(dir).sort()).toEqual([
      `${id(1)}.json`,
      `${id(1)}.upload`,
      `${id(7)}.json`,
      `${id(7)}.upload`,
    ]);
  });
});

describe('data files are private', () => {
  describeEachEngine('modes', (env) => {
    it('keeps the data and uploads folders 0700 and the files in them 0600', async () => {
      const op = await importer(env(), 'bandarlampung.operator');
      await uploadOk(env(), op, {
        fileName: 'a.csv',
        bytes: Buffer.from('NIK,NAMA_LGKP\n1,A\n'),
        contentType: 'text/csv',
      });
      const mode = (p: string) => statSync(p).mode & 0o777;
      const dir = env().config.dataDir;
      expect(mode(path.join(dir, 'uploads'))).toBe(0o700);
      for (const f of readdirSync(path.join(dir, 'uploads')))
        expect(mode(path.join(dir, 'uploads', f))).toBe(0o600);
      if (env().engine === 'sqlite') {
        expect(mode(dir)).toBe(0o700);
        for (const f of ['sigap.db', 'sigap.db-wal', 'sigap.db-shm'])
          expect(mode(path.join(dir, f))).toBe(0o600);
      }
    });
  });
  afterAll(() => {});
});
