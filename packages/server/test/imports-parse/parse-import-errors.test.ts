import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../src/modules/imports/parse/parse-import-file';
import {
  csvText,
  failures,
  parseFile,
  RESIDENT_HEADER,
  RESIDENT_OPTIONS,
  records,
  rejection,
  residentRow,
  siti,
  writeFixture,
} from './fixtures';

describe('parseImportFile: bad rows and bad files', () => {
  it('reports exactly the bad rows among good ones, each with its line, column and reason', async () => {
    const rows = [
      residentRow(),
      residentRow({ NIK: '187101170890001' }),
      siti,
      residentRow({ NIK: '1871011708900003', TGL_LHR: '29-02-2023' }),
      residentRow({ NIK: '1871011708900004' }),
    ];
    const parsed = await parseFile(writeFixture('two-bad.csv', csvText(rows)));
    expect(parsed).toHaveLength(5);
    expect(failures(parsed)).toEqual([
      [3, 'NIK', 'nik_length'],
      [5, 'TGL_LHR', 'invalid_date'],
    ]);
    expect(records(parsed)).toHaveLength(3);
  });

  it('refuses a header without NIK with import_missing_columns, naming it in both languages', async () => {
    const header = RESIDENT_HEADER.filter((h) => h !== 'NIK');
    const err = await rejection(() =>
      parseFile(writeFixture('no-nik.csv', csvText([residentRow()], { header }))),
    );
    expect(err).toMatchObject({
      id: 'import_missing_columns',
      messageId: 'Kolom wajib tidak ditemukan pada baris judul: NIK.',
      messageEn: 'Required columns are missing from the header: NIK.',
      details: [
        {
          field: 'NIK',
          message: 'Kolom wajib NIK tidak ada di berkas.',
          messageEn: 'Required column NIK is not in the file.',
        },
      ],
    });
  });

  it('refuses an empty file and a header-only file with import_empty_file', async () => {
    expect(await rejection(() => parseFile(writeFixture('empty.csv', '')))).toMatchObject({
      id: 'import_empty_file',
    });
    const headerOnly = writeFixture('header-only.csv', csvText([]));
    expect(await rejection(() => parseFile(headerOnly))).toMatchObject({
      id: 'import_empty_file',
      messageEn: 'The file has a header but no data rows.',
    });
  });

  it('reports rows with too few or too many cells as column_count, tolerating empty trailing cells', async () => {
    const good = csvText([residentRow()]).split('\n')[1] ?? '';
    const text = [
      RESIDENT_HEADER.join(','),
      good,
      good.split(',').slice(0, 5).join(','),
      `${good},extra`,
      `${good},,`,
      '',
    ].join('\n');
    const parsed = await parseFile(writeFixture('counts.csv', text));
    expect(failures(parsed)).toEqual([
      [3, null, 'column_count'],
      [4, null, 'column_count'],
    ]);
    expect(parsed[1]?.ok === false && parsed[1].issues[0]?.messageEn).toBe(
      'The row has 5 columns but the header has 23.',
    );
    expect(parsed.filter((r) => r.ok)).toHaveLength(2);
  });

  it('reports a quote never closed at the line where it opens', async () => {
    const good = csvText([residentRow()]);
    const text = `${good}${good.split('\n')[1]?.replace('BUDI', '"BUDI')}\n${good.split('\n')[1]}\n`;
    const parsed = await parseFile(writeFixture('unclosed.csv', text));
    // The rest of the file is inside the open quote: the row after it cannot be told apart.
    expect(parsed.map((r) => r.line)).toEqual([2, 3]);
    expect(failures(parsed)).toEqual([[3, null, 'unclosed_quote']]);
  });

  it('refuses a reference date that is not a real date (a programming error)', async () => {
    expect(() =>
      parseImportFile({ path: 'x.csv' }, { ...RESIDENT_OPTIONS, referenceDate: '14-02-2024' }),
    ).toThrow(RangeError);
  });
});
