import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImportJob } from '@sigap/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { getText, loginSession, uploadFile } from '../helpers/multipart';
import { buildResident } from '../helpers/resident-factory';
import { siakRow, writeSiakCsv } from '../helpers/siak-csv';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { type Importer, importer, importFile, uploadOk } from './import-flow';

interface JobList {
  items: ImportJob[];
  total: number;
}

async function jobCount(env: TestEnv): Promise<number> {
  const r = await env.handle.db
    .selectFrom('import_jobs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describeEachEngine('imports scopes', (env) => {
  let dir = '';
  let file = '';
  let op: Importer;
  let job: ImportJob;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sigap-imports-scopes-'));
    file = writeSiakCsv(path.join(dir, 'kota.csv'), [
      buildResident({ villageCode: '18.71.01.1003' }),
      { ...siakRow(buildResident({ villageCode: '18.71.01.1004' })), NIK: '1871' },
    ]);
    op = await importer(env(), 'bandarlampung.operator');
    job = await importFile(env(), op, file);
    expect(job).toMatchObject({ status: 'done', inserted: 1, rejected: 1 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('roles without the import right', () => {
    it('pimpinan and loket get 403 forbidden on upload, start, list and job', async () => {
      for (const username of ['lampung.pimpinan', 'bandarlampung.loket']) {
        const session = await loginSession(env().app, username);
        const client = await env().as(username);
        const jobs = await jobCount(env());
        expectError(await uploadFile(env().app, session, file), 403, 'forbidden');
        expectError(
          await client.post('/api/v1/imports', { uploadId: randomUUID(), kind: 'residents' }),
          403,
          'forbidden',
        );
        expectError(await client.get('/api/v1/imports'), 403, 'forbidden');
        expectError(await client.get(`/api/v1/imports/${job.id}`), 403, 'forbidden');
        expectError(await client.get(`/api/v1/imports/${job.id}/errors`), 403, 'forbidden');
        expect((await getText(env().app, session, `/api/v1/imports/${job.id}/errors.csv`)).status).toBe(403);
        expect(await jobCount(env())).toBe(jobs);
      }
    });

    it('anonymous gets 401 and an upload without the CSRF token is refused', async () => {
      expectError(await uploadFile(env().app, null, file), 401, 'not_authenticated');
      expectError(await env().anonymous().get('/api/v1/imports'), 401, 'not_authenticated');
      expectError(await env().anonymous().get(`/api/v1/imports/${job.id}`), 401, 'not_authenticated');
      const session = await loginSession(env().app, 'bandarlampung.operator');
      expectError(
        await uploadFile(env().app, { ...session, csrf: 'bukan-token' }, file),
        403,
        'csrf_token_invalid',
      );
    });
  });

  describe('another province', () => {
    it("ntb.admin cannot see the 18.71 operator's job, its errors or its report (403 out_of_scope)", async () => {
      const ntb = await env().as('ntb.admin');
      const session = await loginSession(env().app, 'ntb.admin');
      expectError(await ntb.get(`/api/v1/imports/${job.id}`), 403, 'out_of_scope');
      expectError(await ntb.get(`/api/v1/imports/${job.id}/errors`), 403, 'out_of_scope');
      const csv = await getText(env().app, session, `/api/v1/imports/${job.id}/errors.csv`);
      expect(csv.status).toBe(403);
      expect(JSON.parse(csv.text)).toMatchObject({ error: 'out_of_scope' });
    });

    it("ntb.admin's list leaves the job out; lampung.admin's includes it", async () => {
      const ntb = await env().as('ntb.admin');
      const list = await ntb.get<JobList>('/api/v1/imports');
      expect(list.status).toBe(200);
      expect(list.body.items.map((j) => j.id)).not.toContain(job.id);
      expect(list.body.total).toBe(list.body.items.length);

      const lampung = await env().as('lampung.admin');
      const mine = await lampung.get<JobList>('/api/v1/imports');
      expect(mine.body.items.map((j) => j.id)).toContain(job.id);
      expect((await lampung.get(`/api/v1/imports/${job.id}`)).status).toBe(200);
    });
  });

  describe('uploads belong to who sent them', () => {
    it("someone else's upload id is not found (404 upload_not_found)", async () => {
      const lampung = await importer(env(), 'lampung.admin');
      const theirs = await uploadOk(env(), lampung, file);
      const jobs = await jobCount(env());
      expectError(
        await op.client.post('/api/v1/imports', { uploadId: theirs.upload.id, kind: 'residents' }),
        404,
        'upload_not_found',
      );
      expectError(
        await op.client.post('/api/v1/imports', { uploadId: randomUUID(), kind: 'residents' }),
        404,
        'upload_not_found',
      );
      expectError(
        await op.client.post('/api/v1/imports', { uploadId: 'not-a-uuid', kind: 'residents' }),
        400,
        'validation_failed',
      );
      expect(await jobCount(env())).toBe(jobs);
    });

    it('a job that is nobody is not found (404)', async () => {
      expectError(await op.client.get('/api/v1/imports/987654'), 404, 'import_not_found');
    });
  });
});
