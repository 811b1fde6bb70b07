import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildNik, type ResidentRecord } from '@sigap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { buildResident } from '../helpers/resident-factory';
import { csvText, SIAK_HEADER, siakRow, writeSiakCsv, writeSiakXlsx } from '../helpers/siak-csv';
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

describeEachEngine('imports: status updates, XLSX and unreadable files', (env) => {
  let dir = '';
  let op: Importer;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sigap-imports-'));
    op = await importer(env(), 'bandarlampung.operator');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('a status update extract', () => {
    const people = extract('STATUS');
    const [andi, budi, citra, dedi, eka, joko] = [0, 1, 2, 3, 4, 9].map(
      (i) => people[i] as ResidentRecord,
    ) as [ResidentRecord, ResidentRecord, ResidentRecord, ResidentRecord, ResidentRecord, ResidentRecord];

    beforeAll(async () => {
      const job = await importFile(env(), op, writeSiakCsv(path.join(dir, 'status-awal.csv'), people));
      expect(job).toMatchObject({ status: 'done', inserted: people.length, rejected: 0 });
    });

    it('moves statuses forward and refuses backward moves (recording_invalid_transition)', async () => {
      const unknown = buildNik({ districtCode: '18.71.01', birthDate: '1999-09-09', sex: 'L', serial: 9876 });
      const rows = [
        [andi.nik, 'BIO_CAPTURED', '10-01-2025', 'UPT KEDATON'], // line 2: forward
        [budi.nik, 'PRINT_READY_RECORD', '01-04-2019', 'UPT KEDATON'], // line 3: forward, several steps
        [citra.nik, 'PROCESSING', '02-02-2018', ''], // line 4: backward
        [dedi.nik, 'BIO_CAPTURED', '05-05-2012', ''], // line 5: out of PRR
        [unknown, 'BIO_CAPTURED', '', ''], // line 6: nobody
        [eka.nik, 'UNREGISTERED', '', ''], // line 7: the same status
        [joko.nik, 'SELESAI', '', ''], // line 8: not a SIAK code
      ];
      const file = path.join(dir, 'status.csv');
      writeFileSync(file, csvText(['NIK', 'STATUS_REKAM', 'TGL_REKAM', 'TEMPAT_REKAM'], rows));
      const countersBefore = await figuresFor(env().handle.db, '18.71', '2025-12-31');

      const job = await importFile(env(), op, file, 'status');
      expect(job).toMatchObject({
        status: 'done',
        kind: 'status',
        rowsDone: 7,
        inserted: 0,
        updated: 2,
        unchanged: 1,
        rejected: 4,
      });
      expect(await errorTriples(op.client, job.id)).toEqual([
        [4, 'NIK', 'recording_invalid_transition'],
        [5, 'NIK', 'recording_invalid_transition'],
        [6, 'NIK', 'resident_not_found'],
        [8, 'STATUS_REKAM', 'invalid_recording_status'],
      ]);

      expect(await storedRow(env(), andi.nik)).toMatchObject({
        recording_status: 'BIO_CAPTURED',
        recording_date: '2025-01-10',
        recording_place: 'UPT KEDATON',
      });
      expect((await storedRow(env(), budi.nik))?.recording_status).toBe('PRINT_READY_RECORD');
      expect((await storedRow(env(), citra.nik))?.recording_status).toBe('RECEIVED_AT_CENTRAL');
      expect((await storedRow(env(), dedi.nik))?.recording_status).toBe('PRINT_READY_RECORD');
      expect((await storedRow(env(), eka.nik))?.recording_status).toBe('UNREGISTERED');

      const andiId = (await storedRow(env(), andi.nik))?.id as number;
      const history = await env()
        .handle.db.selectFrom('resident_history')
        .selectAll()
        .where('resident_id', '=', andiId)
        .orderBy('id')
        .execute();
      expect(history.map((h) => h.field)).toEqual(['created', 'recording']);
      expect(history[1]).toMatchObject({
        from_value: 'UNREGISTERED',
        to_value: 'BIO_CAPTURED',
        event_date: '2025-01-10',
        source: 'import',
        import_job_id: job.id,
      });

      const countersAfter = await figuresFor(env().handle.db, '18.71', '2025-12-31');
      expect(countersAfter.recorded).toBe(countersBefore.recorded + 1);
      expect(countersAfter.printReadyWaiting).toBe(countersBefore.printReadyWaiting + 1);
      await expectCountersExact(env());
    });

    it('a status row without a recording date or place keeps those already known', async () => {
      // CITRA was recorded on 2018-02-02; an extract moving her to PRR leaves TGL_REKAM and TEMPAT_REKAM empty.
      await env()
        .handle.db.updateTable('residents')
        .set({ recording_place: 'UPT SUKAMENANTI' })
        .where('nik', '=', citra.nik)
        .execute();
      const file = path.join(dir, 'status-tanpa-tanggal.csv');
      writeFileSync(
        file,
        csvText(
          ['NIK', 'STATUS_REKAM', 'TGL_REKAM', 'TEMPAT_REKAM'],
          [[citra.nik, 'PRINT_READY_RECORD', '', '']],
        ),
      );
      const job = await importFile(env(), op, file, 'status');
      expect(job).toMatchObject({ status: 'done', updated: 1, rejected: 0 });
      expect(await storedRow(env(), citra.nik)).toMatchObject({
        recording_status: 'PRINT_READY_RECORD',
        recording_date: '2018-02-02',
        recording_place: 'UPT SUKAMENANTI',
      });
    });
  });

  describe('a file that cannot be imported', () => {
    it('fails the job when the NIK column is missing, writing nothing', async () => {
      const before = await residentCount(env());
      const record = buildResident({ fullName: 'TANPA NIK', villageCode: KEDATON });
      const header = SIAK_HEADER.filter((c) => c !== 'NIK');
      const row = siakRow(record);
      const file = path.join(dir, 'tanpa-nik.csv');
      writeFileSync(file, csvText(header, [header.map((c) => row[c])]));
      const job = await importFile(env(), op, file);
      expect(job).toMatchObject({ status: 'failed', rowsDone: 0, inserted: 0, updated: 0, rejected: 0 });
      expect(job.message).toContain('NIK');
      expect(job.messageEn).toContain('NIK');
      expect(await residentCount(env())).toBe(before);
      expect(await storedRow(env(), record.nik)).toBeUndefined();
      expect(await errorTriples(op.client, job.id)).toEqual([]);
    });
  });

  describe('an XLSX extract', () => {
    it('imports the same as the CSV of the same rows', async () => {
      const rows = [...extract('EXCEL'), mismatched('EXCEL', 9002)];
      const xlsx = withBadRows('EXCEL', rows);
      const xlsxFile = await writeSiakXlsx(path.join(dir, 'penduduk.xlsx'), xlsx.rows);
      const upload = await uploadOk(env(), op, xlsxFile);
      expect(upload.preview).toMatchObject({ format: 'xlsx', delimiter: null });
      expect(upload.preview.header).toEqual(SIAK_HEADER);
      expect(upload.preview.suggestedMapping.NIK).toBe('NIK');

      const job = await importUpload(op, upload.upload.id);
      expect(job).toMatchObject({
        status: 'done',
        rowsDone: rows.length + 2,
        inserted: rows.length,
        rejected: 2,
      });
      expect(await errorTriples(op.client, job.id)).toEqual(xlsx.bad);
      for (const r of rows.slice(0, -1)) await expectStored(env(), r);
      await expectStored(env(), rows.at(-1) as ResidentRecord, ['nik_birth_date_mismatch']);

      // The CSV of the same rows finds everything already as it says.
      const csvJob = await importFile(
        env(),
        op,
        writeSiakCsv(path.join(dir, 'penduduk-excel.csv'), xlsx.rows),
      );
      expect(csvJob).toMatchObject({
        status: 'done',
        inserted: 0,
        updated: 0,
        unchanged: rows.length,
        rejected: 2,
      });
      expect(await errorTriples(op.client, csvJob.id)).toEqual(xlsx.bad);
      await expectCountersExact(env());
    });
  });
});
