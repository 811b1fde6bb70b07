import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildNik, type ResidentRecord } from '@sigap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters/coverage.service';
import { naiveFigures } from '../../src/modules/counters/naive-scan';
import type { ImportJob } from '../../src/modules/imports/imports.schema';
import { DATA_COLUMNS, recordToData } from '../../src/modules/residents/resident-row';
import type { ResidentListItem } from '../../src/modules/residents/residents.schema';
import { getText } from '../helpers/multipart';
import { buildResident } from '../helpers/resident-factory';
import {
  csvText,
  SIAK_HEADER,
  type SiakRow,
  siakRow,
  writeSiakCsv,
  writeSiakXlsx,
} from '../helpers/siak-csv';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { errorTriples, type Importer, importer, importFile, importUpload, uploadOk } from './import-flow';

const KEDATON = '18.71.01.1003';
const SURABAYA = '18.71.01.1004';
const SUKAMENANTI = '18.71.01.1005';

/** Residents of a full extract, varied enough to exercise every column the parser reads. */
function extract(prefix: string): ResidentRecord[] {
  return [
    buildResident({ fullName: `${prefix} ANDI`, villageCode: KEDATON, birthDate: '1990-01-15' }),
    buildResident({
      fullName: `${prefix} BUDI`,
      villageCode: SURABAYA,
      birthDate: '1985-06-30',
      recordingStatus: 'BIO_CAPTURED',
      recordingDate: '2019-04-01',
      recordingPlace: 'UPT KEDATON',
    }),
    buildResident({
      fullName: `${prefix} CITRA`,
      sex: 'P',
      villageCode: SUKAMENANTI,
      birthDate: '1979-12-01',
      maritalStatus: 'KAWIN',
      recordingStatus: 'RECEIVED_AT_CENTRAL',
      recordingDate: '2018-02-02',
    }),
    buildResident({
      fullName: `${prefix} DEDI`,
      villageCode: KEDATON,
      birthDate: '1970-03-03',
      maritalStatus: 'CERAI_HIDUP',
      recordingStatus: 'PRINT_READY_RECORD',
      recordingDate: '2012-05-05',
      printStatus: 'HANDED_OVER',
      printedDate: '2012-08-08',
      handedOverDate: '2012-09-09',
      ikdActivatedDate: '2024-01-02',
      phone: '081234567890',
      occupation: 'WIRASWASTA',
    }),
    buildResident({
      fullName: `${prefix} EKA`,
      sex: 'P',
      villageCode: SURABAYA,
      birthDate: '2009-07-07',
      maritalStatus: 'KAWIN',
    }),
    buildResident({
      fullName: `${prefix} FRANS`,
      villageCode: SUKAMENANTI,
      birthDate: '1981-01-01',
      citizenship: 'WNA',
      stayPermit: 'KITAP',
      religion: 'KRISTEN',
      recordingStatus: 'PRINT_READY_RECORD',
      recordingDate: '2020-01-01',
    }),
    buildResident({
      fullName: `${prefix} GITA`,
      sex: 'P',
      villageCode: KEDATON,
      birthDate: '1940-02-02',
      maritalStatus: 'CERAI_MATI',
      lifeStatus: 'DECEASED',
      lifeStatusDate: '2023-10-10',
    }),
    buildResident({
      fullName: `${prefix} HADI`,
      villageCode: SURABAYA,
      birthDate: '1992-02-29',
      lifeStatus: 'MOVED_OUT',
      lifeStatusDate: '2024-04-04',
      recordingStatus: 'ENROLL_FAILURE_AT_CENTRAL',
    }),
    buildResident({
      fullName: `${prefix} INDAH, S.PD.`,
      sex: 'P',
      villageCode: SUKAMENANTI,
      birthDate: '2007-11-27',
      address: 'JL. "MAWAR", GG. 2',
    }),
    buildResident({
      fullName: `${prefix} JOKO`,
      villageCode: KEDATON,
      birthDate: '1988-08-18',
      recordingStatus: 'PRINT_READY_RECORD',
      recordingDate: '2016-06-16',
    }),
  ];
}

/** A resident whose NIK gives another birth day than the record: kept, with a data-quality flag. */
function mismatched(prefix: string, serial: number): ResidentRecord {
  const r = buildResident({ fullName: `${prefix} KARTIKA`, villageCode: SURABAYA, birthDate: '1993-03-04' });
  return { ...r, nik: buildNik({ districtCode: '18.71.01', birthDate: '1993-03-05', sex: 'L', serial }) };
}

/** The rows of a file: good records with two bad rows planted at lines 4 and 9. */
function withBadRows(
  prefix: string,
  good: ResidentRecord[],
): { rows: (ResidentRecord | SiakRow)[]; bad: [number, string, string][] } {
  const badNik: SiakRow = {
    ...siakRow(buildResident({ fullName: `${prefix} NIK SALAH`, villageCode: KEDATON })),
    NIK: '18710112345',
  };
  const badDate: SiakRow = {
    ...siakRow(
      buildResident({ fullName: `${prefix} TANGGAL SALAH`, villageCode: KEDATON, birthDate: '2001-02-28' }),
    ),
    TGL_LHR: '31-02-2001',
  };
  const rows: (ResidentRecord | SiakRow)[] = [...good];
  rows.splice(2, 0, badNik); // line 4 (the header is line 1)
  rows.splice(7, 0, badDate); // line 9
  return {
    rows,
    bad: [
      [4, 'NIK', 'nik_length'],
      [9, 'TGL_LHR', 'invalid_date'],
    ],
  };
}

async function storedRow(env: TestEnv, nik: string) {
  return env.handle.db.selectFrom('residents').selectAll().where('nik', '=', nik).executeTakeFirst();
}

/** The stored data columns equal what the record says, flags included. */
async function expectStored(env: TestEnv, record: ResidentRecord, flags: string[] = []): Promise<void> {
  const row = await storedRow(env, record.nik);
  expect(row, record.fullName).toBeDefined();
  const expected = recordToData(record, flags);
  const pick = (o: object) =>
    Object.fromEntries(DATA_COLUMNS.map((c) => [c, (o as Record<string, unknown>)[c] ?? null]));
  expect(pick(row as object), record.fullName).toEqual(pick(expected));
}

async function residentCount(env: TestEnv): Promise<number> {
  const r = await env.handle.db
    .selectFrom('residents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function expectCountersExact(env: TestEnv): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  for (const region of ['ID', '18', '18.71', '18.71.01', KEDATON, SURABAYA, SUKAMENANTI, '18.01']) {
    for (const date of [today, '2024-02-14', '2024-11-27', '2025-12-31']) {
      expect(await figuresFor(env.handle.db, region, date), `${region} ${date}`).toEqual(
        await naiveFigures(env.handle.db, region, date),
      );
    }
  }
}

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

    it('offers the errors as a CSV report (BOM, baris,kolom,kode,pesan,message)', async () => {
      const id = firstJob?.id as number;
      const r = await getText(env().app, op.session, `/api/v1/imports/${id}/errors.csv`);
      expect(r.status).toBe(200);
      expect(String(r.headers['content-type'])).toMatch(/^text\/csv/);
      expect(String(r.headers['content-disposition'])).toContain(`laporan-kesalahan-impor-${id}.csv`);
      expect(r.text.charCodeAt(0)).toBe(0xfeff);
      const lines = r.text.slice(1).split(/\r\n/).filter(Boolean);
      expect(lines[0]).toBe('baris,kolom,kode,pesan,message');
      expect(lines).toHaveLength(1 + main.bad.length);
      for (const [i, [line, column, code]] of main.bad.entries()) {
        expect(lines[i + 1]?.startsWith(`${line},${column},${code},`), lines[i + 1]).toBe(true);
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
