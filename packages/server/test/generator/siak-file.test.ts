import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ResidentRecord, SIAK_RESIDENT_COLUMNS } from '@sigap/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateResidents } from '../../src/modules/generator/population';
import { toSiakRow, writeSiakCsv, writeSiakXlsx } from '../../src/modules/generator/siak-file';
import { optionsFor, take } from './fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'sigap-siak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const header = SIAK_RESIDENT_COLUMNS.map((c) => c.name);

let pool: ResidentRecord[] | undefined;

/** A sample that surely holds the rarer shapes: a deceased resident, a foreigner, a moved-out one. */
function sample(n: number): ResidentRecord[] {
  pool ??= take(optionsFor('18', 0.01, 3), 30_000);
  const records = pool;
  const rare = [
    records.find((r) => r.lifeStatus === 'DECEASED'),
    records.find((r) => r.citizenship === 'WNA'),
    records.find((r) => r.lifeStatus === 'MOVED_OUT'),
  ].filter((r): r is ResidentRecord => r !== undefined);
  return [...rare, ...records.slice(0, n - rare.length)];
}

describe('toSiakRow', () => {
  it('writes SIAK labels, DD-MM-YYYY dates and empty strings for nulls', () => {
    const records = sample(2000);
    for (const r of records) {
      const row = toSiakRow(r);
      expect(Object.keys(row)).toEqual(header);
      expect(row.JENIS_KLMIN).toBe(r.sex === 'L' ? 'LAKI-LAKI' : 'PEREMPUAN');
      expect(row.TGL_LHR).toBe(r.birthDate.split('-').reverse().join('-'));
      expect(['BELUM KAWIN', 'KAWIN', 'CERAI HIDUP', 'CERAI MATI']).toContain(row.STAT_KWN);
      expect(row.KODE_DESA).toBe(r.villageCode);
      expect(row.NO_HP).toBe(r.phone ?? '');
      expect(row.TGL_MATI !== '').toBe(r.lifeStatus === 'DECEASED');
      expect(row.TGL_PINDAH !== '').toBe(r.lifeStatus === 'MOVED_OUT');
    }
    expect(records.some((r) => toSiakRow(r).IZIN_TINGGAL !== '')).toBe(true);
  });
});

describe('writeSiakCsv', () => {
  it('round-trips 2,000 records through csv-parse', async () => {
    const records = sample(2000);
    const file = path.join(dir, 'penduduk.csv');
    const progress: number[] = [];
    const n = await writeSiakCsv(records, file, (count) => progress.push(count));
    expect(n).toBe(2000);
    expect(progress.at(-1)).toBe(2000);
    const rows = parse(readFileSync(file, 'utf8'), { columns: false }) as string[][];
    expect(rows[0]).toEqual(header);
    expect(rows.length).toBe(2001);
    rows.slice(1).forEach((cells, i) => {
      expect(cells).toEqual(Object.values(toSiakRow(records[i] as ResidentRecord)));
    });
  });

  it('streams straight from the generator', async () => {
    const file = path.join(dir, 'stream.csv');
    const n = await writeSiakCsv(generateResidents(optionsFor('18', 0.0005)), file);
    expect(n).toBeGreaterThan(4000);
    expect(readFileSync(file, 'utf8').trimEnd().split('\n').length).toBe(n + 1);
  });
});

describe('writeSiakXlsx', () => {
  it('writes 500 rows with a bold header, every cell as text', async () => {
    const records = sample(500);
    const file = path.join(dir, 'penduduk.xlsx');
    expect(await writeSiakXlsx(records, file)).toBe(500);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no worksheet');
    expect(sheet.rowCount).toBe(501);
    const first = sheet.getRow(1);
    expect(header.map((_, i) => first.getCell(i + 1).value)).toEqual(header);
    expect(first.font?.bold ?? first.getCell(1).font?.bold).toBe(true);
    for (const i of [0, 1, 2, 3, 100, 250, 499]) {
      const cells = sheet.getRow(i + 2);
      const values = header.map((_, c) => cells.getCell(c + 1).value ?? '');
      expect(values).toEqual(Object.values(toSiakRow(records[i] as ResidentRecord)));
      expect(typeof cells.getCell(1).value).toBe('string');
    }
  });
});

describe('writers on a bad path', () => {
  it('reject instead of hanging or crashing', async () => {
    const records = sample(10);
    const missing = path.join(dir, 'no-such-dir', 'x');
    await expect(writeSiakCsv(records, `${missing}.csv`)).rejects.toThrow(/ENOENT/);
    await expect(writeSiakXlsx(records, `${missing}.xlsx`)).rejects.toThrow(/ENOENT/);
  });
});
