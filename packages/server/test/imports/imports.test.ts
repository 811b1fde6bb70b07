import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImportJob, ResidentListItem } from '@sigap/contracts';
import type { ResidentRecord } from '@sigap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { getText } from '../helpers/multipart';
import { buildResident } from '../helpers/resident-factory';
import { SIAK_HEADER, writeSiakCsv } from '../helpers/siak-csv';
import { describeEachEngine } from '../helpers/test-env';
import {
  expectCountersExact,
  expectStored,
  extract,
  KEDATON,
  mismatched,
  residentCount,
  storedRow,
  withBadRows,
} from './import-fixtures';
import { errorTriples, type Importer, importer, importFile, importUpload, uploadOk } from './import-flow';

describeEachEngine('imports', (env) => {
  let dir = '';
  let op: Importer;
  const good = [...extract('IMPOR'), mismatched('IMPOR', 9001)];
  const main = withBadRows('IMPOR', good);
  let mainFile = '';
  let firstUploadId = '';
  let firstJob: ImportJob | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sigap-imports-'));
    mainFile = writeSiakCsv(path.join(dir, 'penduduk-kedaton.csv'), main.rows);
    op = await importer(env(), 'bandarlampung.operator');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('a SIAK extract (CSV)', () => {
    it('uploads with a preview and a suggested mapping (201)', async () => {
      const body = await uploadOk(env(), op, mainFile);
      firstUploadId = body.upload.id;
      expect(body.upload).toMatchObject({ fileName: 'penduduk-kedaton.csv' });
      expect(body.upload.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(body.upload.size).toBeGreaterThan(0);
      expect(body.preview).toMatchObject({ format: 'csv', delimiter: ',' });
      expect(body.preview.header).toEqual(SIAK_HEADER);
      expect(body.preview.rows).toHaveLength(10);
      expect(body.preview.rows[0]?.[0]).toBe(good[0]?.nik);
      expect(body.preview.rows[2]?.[0]).toBe('18710112345');
      expect(body.preview.suggestedMapping.NIK).toBe('NIK');
      expect(body.preview.suggestedMapping.NAMA_LGKP).toBe('NAMA_LGKP');
      expect(body.preview.suggestedMapping.KODE_DESA).toBe('KODE_DESA');
      expect(body.preview.suggestedStatusMapping.STATUS_REKAM).toBe('STATUS_REKAM');
      expect(body.preview.targets).toContainEqual({ name: 'NIK', required: true });
    });

    it('imports in the background (202) and counts the good and the rejected rows', async () => {
      const before = await residentCount(env());
      firstJob = await importUpload(op, firstUploadId);
      expect(firstJob).toMatchObject({
        status: 'done',
        kind: 'residents',
        fileName: 'penduduk-kedaton.csv',
        progress: 1,
        rowsDone: good.length + 2,
        inserted: good.length,
        updated: 0,
        unchanged: 0,
        rejected: 2,
        username: 'bandarlampung.operator',
        message: null,
      });
      expect(firstJob.finishedAt).not.toBeNull();
      expect(await residentCount(env())).toBe(before + good.length);
    });

    it('stores every good row as the file says, a NIK disagreeing with the birth date flagged', async () => {
      for (const r of good.slice(0, -1)) await expectStored(env(), r);
      await expectStored(env(), good.at(-1) as ResidentRecord, ['nik_birth_date_mismatch']);
      for (const name of ['IMPOR NIK SALAH', 'IMPOR TANGGAL SALAH']) {
        const found = await env()
          .handle.db.selectFrom('residents')
          .select('id')
          .where('full_name', '=', name)
          .execute();
        expect(found, name).toEqual([]);
      }
      // Every new resident's history starts with the job that created it.
      const history = await env()
        .handle.db.selectFrom('resident_history')
        .innerJoin('residents', 'residents.id', 'resident_history.resident_id')
        .select([
          'resident_history.field',
          'resident_history.source',
          'resident_history.import_job_id',
          'resident_history.user_id',
        ])
        .where(
          'residents.nik',
          'in',
          good.map((g) => g.nik),
        )
        .execute();
      expect(history).toHaveLength(good.length);
      for (const h of history)
        expect(h).toMatchObject({ field: 'created', source: 'import', import_job_id: firstJob?.id });
      const audit = await env()
        .handle.db.selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'resident.import_batch')
        .where('entity_id', '=', String(firstJob?.id))
        .execute();
      expect(audit.length).toBeGreaterThan(0);
      expect(audit[0]).toMatchObject({ username: 'bandarlampung.operator', entity: 'import_job' });
    });

    it('lists the rejected lines with column and code', async () => {
      const id = firstJob?.id as number;
      expect(await errorTriples(op.client, id)).toEqual(main.bad);
      const page = await op.client.get<{ items: { message: string; messageEn: string }[] }>(
        `/api/v1/imports/${id}/errors`,
      );
      for (const e of page.body.items) {
        expect(e.message.length).toBeGreaterThan(0);
        expect(e.messageEn.length).toBeGreaterThan(0);
      }
    });

    it('offers the errors as a CSV report (BOM, baris,nik,nama,kolom,kode,pesan,message)', async () => {
      const id = firstJob?.id as number;
      const r = await getText(env().app, op.session, `/api/v1/imports/${id}/errors.csv`);
      expect(r.status).toBe(200);
      expect(String(r.headers['content-type'])).toMatch(/^text\/csv/);
      expect(String(r.headers['content-disposition'])).toContain(`laporan-kesalahan-impor-${id}.csv`);
      expect(r.text.charCodeAt(0)).toBe(0xfeff);
      const lines = r.text.slice(1).split(/\r\n/).filter(Boolean);
      expect(lines[0]).toBe('baris,nik,nama,kolom,kode,pesan,message');
      expect(lines).toHaveLength(1 + main.bad.length);
      for (const [i, [line, column, code]] of main.bad.entries()) {
        // baris, then the row's NIK and name as written (either may be the bad cell), then kolom and kode.
        expect(lines[i + 1], lines[i + 1]).toMatch(new RegExp(`^${line},[^,]*,[^,]*,${column},${code},`));
      }
    });

    it('lists the job for its owner', async () => {
      const r = await op.client.get<{ items: ImportJob[]; total: number }>('/api/v1/imports');
      expect(r.status).toBe(200);
      expect(r.body.items.map((j) => j.id)).toContain(firstJob?.id);
    });

    it('a second import of the same file changes nothing and says so', async () => {
      const countersBefore = await env().handle.db.selectFrom('resident_counts').selectAll().execute();
      const job = await importFile(env(), op, mainFile);
      expect(job).toMatchObject({
        status: 'done',
        rowsDone: good.length + 2,
        inserted: 0,
        updated: 0,
        unchanged: good.length,
        rejected: 2,
      });
      expect(job.message).toContain(`#${firstJob?.id}`);
      expect(job.messageEn).toContain(`#${firstJob?.id}`);
      expect(await errorTriples(op.client, job.id)).toEqual(main.bad);
      const countersAfter = await env().handle.db.selectFrom('resident_counts').selectAll().execute();
      expect(countersAfter.map((c) => JSON.stringify(c)).sort()).toEqual(
        countersBefore.map((c) => JSON.stringify(c)).sort(),
      );
      const history = await env()
        .handle.db.selectFrom('resident_history')
        .select('id')
        .where('import_job_id', '=', job.id)
        .execute();
      expect(history).toEqual([]);
    });

    it('the imported residents are found by NIK and by name', async () => {
      for (const r of good) {
        const byNik = await op.client.get<{ items: ResidentListItem[]; total: number }>(
          `/api/v1/residents?nik=${r.nik}`,
        );
        expect(byNik.status, JSON.stringify(byNik.body)).toBe(200);
        expect(byNik.body.items.map((i) => i.fullName)).toEqual([r.fullName]);
      }
      const byName = await op.client.get<{ items: ResidentListItem[]; total: number }>(
        '/api/v1/residents?q=impor&match=prefix&pageSize=100',
      );
      expect(byName.status, JSON.stringify(byName.body)).toBe(200);
      expect(byName.body.total).toBe(good.length);
    });

    it('keeps the counters equal to a naive scan', async () => {
      await expectCountersExact(env());
      const f = await figuresFor(env().handle.db, '18.71', '2025-12-31');
      expect(f.population).toBeGreaterThan(0);
      expect(f.recorded).toBeGreaterThan(0);
    });
  });

  describe('rows the operator may not write', () => {
    it('rejects a village outside 18.71 (out_of_scope) and writes only the rest', async () => {
      const inside = buildResident({ fullName: 'LINGKUP DALAM', villageCode: KEDATON });
      const outside = buildResident({ fullName: 'LINGKUP LUAR', villageCode: '18.01.04.2001' });
      const file = writeSiakCsv(path.join(dir, 'lingkup.csv'), [inside, outside]);
      const job = await importFile(env(), op, file);
      expect(job).toMatchObject({ status: 'done', inserted: 1, rejected: 1 });
      const errors = await errorTriples(op.client, job.id);
      expect(errors).toContainEqual([3, 'KODE_DESA', 'out_of_scope']);
      expect(errors.every(([line]) => line === 3)).toBe(true);
      expect(await storedRow(env(), outside.nik)).toBeUndefined();
      await expectStored(env(), inside);
      expect((await figuresFor(env().handle.db, '18.01', '2025-12-31')).population).toBe(0);
    });

    it('reports such a village as out of scope only, not as unknown (it exists)', async () => {
      const outside = buildResident({ fullName: 'LINGKUP LUAR DUA', villageCode: '18.01.04.2002' });
      const file = writeSiakCsv(path.join(dir, 'lingkup-2.csv'), [outside]);
      const job = await importFile(env(), op, file);
      expect(await errorTriples(op.client, job.id)).toEqual([[2, 'KODE_DESA', 'out_of_scope']]);
    });
  });
});
