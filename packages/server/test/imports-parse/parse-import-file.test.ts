import type { StatusUpdateRecord } from '@sigap/domain';
import { describe, expect, it } from 'vitest';
import {
  type HeaderInfo,
  type ParsedRow,
  parseImportBatches,
  parseImportFile,
} from '../../src/modules/imports/parse/parse-import-file';
import {
  collect,
  csvText,
  failures,
  parseFile,
  REFERENCE_DATE,
  RESIDENT_HEADER,
  RESIDENT_OPTIONS,
  records,
  rejection,
  residentRow,
  siti,
  writeFixture,
  writeXlsx,
} from './fixtures';

describe('parseImportFile', () => {
  it('parses a comma CSV into records, in file order, with line numbers', async () => {
    const rows = await parseFile(writeFixture('good.csv', csvText([residentRow(), siti])));
    expect(rows.map((r) => [r.ok, r.line])).toEqual([
      [true, 2],
      [true, 3],
    ]);
    expect(records(rows).map((r) => [r.fullName, r.sex, r.birthDate, r.address])).toEqual([
      ['BUDI SANTOSO', 'L', '1990-08-17', 'JL. MERDEKA NO. 1'],
      ["Siti Nur'aini Zoë", 'P', '2006-05-01', 'Jl. Kartini No. 5, RT 02/RW 01'],
    ]);
  });

  it('reads the same records from a semicolon CSV with a BOM and from a CRLF CSV', async () => {
    const want = records(await parseFile(writeFixture('base.csv', csvText([residentRow(), siti]))));
    const semicolon = writeFixture('semi.csv', csvText([residentRow(), siti], { delimiter: ';', bom: true }));
    const crlf = writeFixture('crlf.csv', csvText([residentRow(), siti], { eol: '\r\n' }));
    expect(records(await parseFile(semicolon))).toEqual(want);
    expect(records(await parseFile(crlf))).toEqual(want);
  });

  it('reads an XLSX with real Date cells and with serial-number dates', async () => {
    const header = RESIDENT_HEADER;
    const asCells = (row: Record<string, string>, dates: Record<string, Date | number>) =>
      header.map((h) => dates[h] ?? row[h] ?? '');
    const file = await writeXlsx('residents.xlsx', [
      header,
      asCells(residentRow(), {
        TGL_LHR: new Date(Date.UTC(1990, 7, 17)),
        TGL_REKAM: new Date(Date.UTC(2015, 2, 2)),
      }),
      asCells(siti, { TGL_LHR: 38838, TGL_REKAM: 45108 }),
    ]);
    const parsed = await parseFile(file);
    expect(failures(parsed)).toEqual([]);
    expect(records(parsed).map((r) => [r.birthDate, r.recordingDate])).toEqual([
      ['1990-08-17', '2015-03-02'],
      ['2006-05-01', '2023-07-01'],
    ]);
    expect(parsed.map((r) => r.line)).toEqual([2, 3]);
  });

  it('reads an XLSX whose header sits below a title and whose rows end early', async () => {
    const optionalLast = [...RESIDENT_HEADER.filter((h) => h !== 'TGL_PINDAH'), 'TGL_PINDAH'];
    const file = await writeXlsx('titled.xlsx', [
      ['DATA PENDUDUK KELURAHAN GUNUNG SARI'],
      [],
      optionalLast,
      optionalLast.map((h) => residentRow()[h] ?? ''),
      optionalLast.map((h) => residentRow({ TGL_PINDAH: '01-01-2024' })[h] ?? ''),
    ]);
    const parsed = await parseFile(file);
    expect(parsed.map((r) => [r.ok, r.line])).toEqual([
      [true, 4],
      [true, 5],
    ]);
    expect(records(parsed).map((r) => r.lifeStatus)).toEqual(['ALIVE', 'MOVED_OUT']);
  });

  it('builds the village from split region columns', async () => {
    const header = [
      ...RESIDENT_HEADER.filter((h) => h !== 'KODE_DESA'),
      'NO_PROP',
      'NO_KAB',
      'NO_KEC',
      'NO_KEL',
    ];
    const row = residentRow({ NO_PROP: '18', NO_KAB: '71', NO_KEC: '1', NO_KEL: '1001' });
    const [parsed] = await parseFile(writeFixture('split.csv', csvText([row], { header })));
    expect(parsed?.ok && parsed.record.villageCode).toBe('18.71.01.1001');
  });

  it('applies a custom mapping for a file with its own header names', async () => {
    const names: Record<string, string> = {
      NIK: 'Nomor Induk Penduduk',
      NAMA_LGKP: 'Nama Penduduk',
      TGL_LHR: 'Lahir Tanggal',
      KODE_DESA: 'Kelurahan',
    };
    const header = RESIDENT_HEADER.map((h) => names[h] ?? h);
    const renamed = [residentRow(), siti].map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [names[k] ?? k, v])),
    );
    const file = writeFixture('custom.csv', csvText(renamed, { header }));
    const refused = await rejection(() => parseFile(file));
    expect(refused).toMatchObject({ id: 'import_missing_columns' });
    const mapping = Object.fromEntries(Object.entries(names));
    const parsed = await parseFile(file, { mapping });
    expect(records(parsed).map((r) => r.nik)).toEqual([residentRow().NIK, siti.NIK]);
  });

  it('skips a title block above the header, keeping Excel row numbers', async () => {
    const text = `DATA PENDUDUK DESA SUKAMAJU;;\nPer 14-02-2024;;\n\n${csvText([residentRow(), siti], { delimiter: ';' })}`;
    const rows = await parseFile(writeFixture('title.csv', text));
    expect(rows.map((r) => [r.ok, r.line])).toEqual([
      [true, 5],
      [true, 6],
    ]);
  });

  it('tells the caller which column feeds which target before the first row', async () => {
    const seen: HeaderInfo<'residents'>[] = [];
    await parseFile(writeFixture('header.csv', csvText([residentRow()], { delimiter: ';' })), {
      onHeader: (info) => seen.push(info),
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      fileName: 'header.csv',
      format: 'csv',
      delimiter: ';',
      line: 1,
      header: RESIDENT_HEADER,
    });
    expect(seen[0]?.headers.NAMA_LGKP).toBe('NAMA_LGKP');
  });

  it('parses a status extract', async () => {
    const text =
      'NIK;STATUS_REKAM;TGL_REKAM\n1871011708900001;PRINT_READY_RECORD;14-02-2024\n1871011708900002;PRR;\n';
    const rows: ParsedRow<StatusUpdateRecord>[] = await collect(
      parseImportFile(
        { path: writeFixture('status.csv', text) },
        { kind: 'status', referenceDate: REFERENCE_DATE },
      ),
    );
    expect(rows[0]).toEqual({
      ok: true,
      line: 2,
      record: {
        nik: '1871011708900001',
        recordingStatus: 'PRINT_READY_RECORD',
        recordingDate: '2024-02-14',
        recordingPlace: null,
      },
      warnings: [],
    });
    expect(failures(rows)).toEqual([[3, 'STATUS_REKAM', 'invalid_recording_status']]);
  });

  it('gives the same rows in batches as one by one', async () => {
    const file = writeFixture(
      'batches.csv',
      csvText(
        Array.from({ length: 500 }, (_, i) =>
          residentRow({ NIK: `18710117089${String(i + 1).padStart(5, '0')}` }),
        ),
      ),
    );
    const batches = await collect(parseImportBatches({ path: file }, RESIDENT_OPTIONS));
    expect(batches.flat()).toEqual(await parseFile(file));
  });
});
