import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/modules/imports/parse/csv-reader';
import { previewFile, readRows } from '../../src/modules/imports/parse/read-rows';
import { cellText } from '../../src/modules/imports/parse/xlsx-reader';
import { collect, fixturePath, rejection, writeFixture, writeXlsx } from './fixtures';

const rowsOf = async (source: Parameters<typeof readRows>[0]) =>
  (await collect(readRows(source))).map((r) => [r.line, ...r.cells]);

describe('readRows: CSV', () => {
  it('reads a comma-separated file with quoted fields holding commas', async () => {
    const file = writeFixture('comma.csv', 'NIK,NAMA,ALAMAT\n1,"Budi, S.Kom","Jl. A, RT 1"\n2,Siti,Jl. B\n');
    expect(await rowsOf({ path: file })).toEqual([
      [1, 'NIK', 'NAMA', 'ALAMAT'],
      [2, '1', 'Budi, S.Kom', 'Jl. A, RT 1'],
      [3, '2', 'Siti', 'Jl. B'],
    ]);
  });

  it('reads Excel’s Indonesian-locale CSV: semicolons, a UTF-8 BOM and CRLF', async () => {
    const file = writeFixture(
      'semicolon.csv',
      '\ufeffNIK;NAMA;TGL\r\n1;Zoë O\'Neil;14/02/2024\r\n2;"A; B";1/2/2024\r\n',
    );
    expect(await rowsOf({ path: file })).toEqual([
      [1, 'NIK', 'NAMA', 'TGL'],
      [2, '1', "Zoë O'Neil", '14/02/2024'],
      [3, '2', 'A; B', '1/2/2024'],
    ]);
  });

  it('skips blank lines without disturbing line numbers', async () => {
    const file = writeFixture('blank.csv', '\nNIK,NAMA\n\n1,A\n,\n \n2,"B\nC"\n3,D');
    expect(await rowsOf({ path: file })).toEqual([
      [2, 'NIK', 'NAMA'],
      [4, '1', 'A'],
      [7, '2', 'B\nC'],
      [9, '3', 'D'],
    ]);
  });

  it('reads tab-separated text, windows-1252 and UTF-16 files', async () => {
    expect(await rowsOf({ path: writeFixture('tab.txt', 'NIK\tNAMA\n1\tA, B\n') })).toEqual([
      [1, 'NIK', 'NAMA'],
      [2, '1', 'A, B'],
    ]);
    const ansi = Buffer.concat([
      Buffer.from('NIK;NAMA\r\n1;Zo'),
      Buffer.from([0xeb, 0x20, 0x4f, 0x92]),
      Buffer.from('Neil\r\n'),
    ]);
    expect(await rowsOf({ path: writeFixture('ansi.csv', ansi) })).toEqual([
      [1, 'NIK', 'NAMA'],
      [2, '1', 'Zoë O’Neil'],
    ]);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('NIK\tNAMA\r\n1\tZoë\r\n', 'utf16le'),
    ]);
    expect(await rowsOf({ path: writeFixture('unicode.txt', utf16) })).toEqual([
      [1, 'NIK', 'NAMA'],
      [2, '1', 'Zoë'],
    ]);
  });

  it('reads an upload stream, cut into tiny chunks, like the same file on disk', async () => {
    const text = 'NIK;NAMA\r\n1;"Budi\r\nSantoso"\r\n2;Siti\r\n';
    const chunks = [...Buffer.from(text)].map((byte) => Buffer.from([byte]));
    expect(await rowsOf({ stream: Readable.from(chunks), fileName: 'upload.csv' })).toEqual(
      await rowsOf({ path: writeFixture('same.csv', text) }),
    );
  });

  it('honours an Excel `sep=` first line and does not take it for the header', async () => {
    const file = writeFixture('sep.csv', 'sep=;\r\nNIK;NAMA,GELAR\r\n1;Budi, S.Kom\r\n');
    expect(await rowsOf({ path: file })).toEqual([
      [2, 'NIK', 'NAMA,GELAR'],
      [3, '1', 'Budi, S.Kom'],
    ]);
  });

  it('detects the delimiter from the header line, ignoring quoted text', () => {
    expect(detectDelimiter('NIK,NAMA,ALAMAT')).toBe(',');
    expect(detectDelimiter('NIK;NAMA;"ALAMAT, RT"')).toBe(';');
    expect(detectDelimiter('NIK\tNAMA\tALAMAT')).toBe('\t');
    expect(detectDelimiter('NIK')).toBe(',');
  });
});

describe('readRows: XLSX', () => {
  it('reads the first sheet with Excel row numbers, Date cells as ISO dates, serials as numbers, rows to their last filled cell', async () => {
    const file = await writeXlsx(
      'dates.xlsx',
      [
        ['NIK', 'NAMA', 'TGL_LHR', 'TGL_REKAM', 'CATATAN'],
        ['1871011708900001', "Zoë O'Neil", new Date(Date.UTC(1990, 7, 17)), 45336, 'ok'],
        [],
        ['1871015708900002', 'Siti', new Date(Date.UTC(2000, 1, 29)), null],
      ],
      true,
    );
    expect(await rowsOf({ path: file })).toEqual([
      [1, 'NIK', 'NAMA', 'TGL_LHR', 'TGL_REKAM', 'CATATAN'],
      [2, '1871011708900001', "Zoë O'Neil", '1990-08-17', '45336', 'ok'],
      [4, '1871015708900002', 'Siti', '2000-02-29'],
    ]);
  });

  it('turns rich text, formulas, hyperlinks, booleans and errors into their text', () => {
    expect(cellText({ richText: [{ text: 'Bu' }, { text: 'di' }] })).toBe('Budi');
    expect(cellText({ formula: 'A1+1', result: 45336 })).toBe('45336');
    expect(cellText({ formula: 'B1', result: new Date(Date.UTC(2024, 1, 14)) })).toBe('2024-02-14');
    expect(cellText({ text: 'situs', hyperlink: 'https://example.org' })).toBe('situs');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText(null)).toBe('');
  });

  it('finds an XLSX by its content even when named .csv', async () => {
    const file = await writeXlsx('misnamed.xlsx', [['NIK'], ['1']]);
    const renamed = writeFixture('misnamed.csv', readFileSync(file));
    expect((await previewFile({ path: renamed })).format).toBe('xlsx');
  });
});

describe('previewFile', () => {
  it('gives the header, the first n rows and the delimiter of a CSV', async () => {
    const lines = ['NIK;NAMA', ...Array.from({ length: 30 }, (_, i) => `${i};N${i}`)];
    const preview = await previewFile({ path: writeFixture('preview.csv', lines.join('\n')) }, 3);
    expect(preview).toEqual({
      fileName: 'preview.csv',
      format: 'csv',
      delimiter: ';',
      encoding: 'utf-8',
      headerLine: 1,
      header: ['NIK', 'NAMA'],
      rows: [
        ['0', 'N0'],
        ['1', 'N1'],
        ['2', 'N2'],
      ],
    });
  });

  it('finds the header below a title block, as the parser does', async () => {
    const file = await writeXlsx('title.xlsx', [
      ['DATA PENDUDUK WAJIB KTP KECAMATAN TANJUNG KARANG PUSAT'],
      ['Per 14 Februari 2024'],
      [],
      ['No', 'NIK', 'Nama Lengkap', 'Tgl Lahir'],
      ['1', '1871011708900001', 'Budi', '17-08-1990'],
    ]);
    expect(await previewFile({ path: file })).toMatchObject({
      headerLine: 4,
      header: ['No', 'NIK', 'Nama Lengkap', 'Tgl Lahir'],
      rows: [['1', '1871011708900001', 'Budi', '17-08-1990']],
    });
  });

  it('previews an XLSX without reading it all', async () => {
    const rows = [['NIK', 'NAMA'], ...Array.from({ length: 5000 }, (_, i) => [String(i), `N${i}`])];
    const preview = await previewFile({ path: await writeXlsx('preview.xlsx', rows) });
    expect(preview).toMatchObject({ format: 'xlsx', header: ['NIK', 'NAMA'] });
    expect(preview.rows).toHaveLength(10);
    expect(preview.delimiter).toBeUndefined();
  });
});

describe('unreadable and empty files', () => {
  it('refuses an empty or blank file with import_empty_file', async () => {
    for (const content of ['', '\n\n \r\n']) {
      const err = await rejection(() => previewFile({ path: writeFixture('empty.csv', content) }));
      expect(err).toMatchObject({ id: 'import_empty_file', status: 422 });
    }
  });

  it('refuses a legacy XLS, a broken XLSX, a binary file and a missing path with import_unreadable_file', async () => {
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]);
    const cases = [
      { path: writeFixture('old.xls', xls) },
      { path: writeFixture('broken.xlsx', broken) },
      { path: writeFixture('fake.xlsx', 'NIK,NAMA\n1,A\n') },
      { path: writeFixture('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])) },
      { path: fixturePath('gone.csv').replace('gone', 'missing') },
    ];
    for (const source of cases) {
      const err = await rejection(() => collect(readRows(source)));
      expect([source.path, err]).toEqual([
        source.path,
        expect.objectContaining({ id: 'import_unreadable_file' }),
      ]);
    }
    const xlsErr = await rejection(() => previewFile(cases[0] as { path: string }));
    expect(xlsErr).toMatchObject({ message: expect.stringContaining('.xls') });
  });
});
