/**
 * Test fixtures for the import parser: valid SIAK rows to override, CSV and XLSX files written to a temp
 * directory, and helpers to drain the async generators.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildNik, type ResidentRecord, SIAK_RESIDENT_COLUMNS } from '@sigap/domain';
import ExcelJS from 'exceljs';
import { afterAll } from 'vitest';
import {
  type ParsedRow,
  type ParseImportOptions,
  parseImportFile,
} from '../../src/modules/imports/parse/parse-import-file';
import type { RowIssue } from '../../src/modules/imports/parse/row-issue';

export const REFERENCE_DATE = '2024-02-14';
export const RESIDENT_HEADER: string[] = SIAK_RESIDENT_COLUMNS.map((c) => c.name);

export type Row = Record<string, string>;

/** A valid resident row (a man born 17 Aug 1990 in Bandar Lampung, PRR and printed), with overrides. */
export function residentRow(overrides: Row = {}): Row {
  return {
    NIK: buildNik({ districtCode: '18.71.01', birthDate: '1990-08-17', sex: 'L', serial: 1 }),
    NO_KK: '1871010101090001',
    NAMA_LGKP: 'BUDI SANTOSO',
    JENIS_KLMIN: 'LAKI-LAKI',
    TMPT_LHR: 'BANDAR LAMPUNG',
    TGL_LHR: '17-08-1990',
    STAT_KWN: 'KAWIN',
    KEWARGANEGARAAN: 'WNI',
    IZIN_TINGGAL: '',
    KODE_DESA: '18.71.01.1001',
    ALAMAT: 'JL. MERDEKA NO. 1',
    AGAMA: 'ISLAM',
    PEKERJAAN: 'WIRASWASTA',
    NO_HP: '081234567890',
    STATUS_REKAM: 'PRINT_READY_RECORD',
    TGL_REKAM: '02-03-2015',
    TEMPAT_REKAM: 'KECAMATAN TANJUNG KARANG PUSAT',
    STATUS_CETAK: '',
    TGL_CETAK: '02-01-2016',
    TGL_SERAH: '',
    TGL_IKD: '',
    TGL_MATI: '',
    TGL_PINDAH: '',
    ...overrides,
  };
}

/** A woman's NIK for `birthDate`, serial `serial`. */
export function womanNik(birthDate: string, serial = 2): string {
  return buildNik({ districtCode: '18.71.01', birthDate, sex: 'P', serial });
}

/** Cells of `row` in `header` order. */
export function cellsOf(row: Row, header: readonly string[] = RESIDENT_HEADER): string[] {
  return header.map((h) => row[h] ?? '');
}

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export interface CsvOptions {
  delimiter?: string;
  eol?: string;
  bom?: boolean;
  header?: readonly string[];
}

/** CSV text with a header line, quoting only where needed. */
export function csvText(rows: Row[], options: CsvOptions = {}): string {
  const { delimiter = ',', eol = '\n', bom = false, header = RESIDENT_HEADER } = options;
  const lines = [header, ...rows.map((r) => cellsOf(r, header))].map((cells) =>
    cells.map((c) => quote(c, delimiter)).join(delimiter),
  );
  return `${bom ? '\ufeff' : ''}${lines.join(eol)}${eol}`;
}

// One temp directory per test file, removed when the file's tests are done.
const dir = mkdtempSync(path.join(tmpdir(), 'sigap-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file in this test file's temp directory. */
export function writeFixture(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

export function fixturePath(name: string): string {
  return writeFixture(name, '');
}

/** Writes an XLSX whose first sheet holds `rows` (cells as given: strings, numbers, Dates...). */
export async function writeXlsx(
  name: string,
  rows: ExcelJS.CellValue[][],
  extraSheet = false,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Penduduk');
  for (const row of rows) {
    const added = sheet.addRow(row);
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  }
  if (extraSheet) workbook.addWorksheet('Catatan').addRow(['bukan data']);
  const file = fixturePath(name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Every item of an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The error an async action rejects with (fails the test if it resolves). */
export async function rejection(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

/** The options of a residents parse at REFERENCE_DATE. */
export const RESIDENT_OPTIONS = { kind: 'residents', referenceDate: REFERENCE_DATE } as const;

/** Every row of a residents file, parsed and judged, at REFERENCE_DATE unless `extra` says otherwise. */
export async function parseFile(
  path: string,
  extra: Partial<Omit<ParseImportOptions<'residents'>, 'kind'>> = {},
) {
  return collect(parseImportFile({ path }, { ...RESIDENT_OPTIONS, ...extra }));
}

/** The records of the rows that parsed. */
export function records(rows: ParsedRow<ResidentRecord>[]): ResidentRecord[] {
  return rows.flatMap((r) => (r.ok ? [r.record] : []));
}

/** [line, column, code] of every issue of the rows that did not parse. */
export function failures(rows: ParsedRow<unknown>[]): [number, string | null, string][] {
  return rows.flatMap((r) =>
    r.ok ? [] : r.issues.map((i: RowIssue) => [i.line, i.column, i.code] as [number, string | null, string]),
  );
}

/** A woman born 1 May 2006, never married, recorded and not printed, with a name that tests the text path. */
export const siti = residentRow({
  NIK: womanNik('2006-05-01'),
  NAMA_LGKP: "Siti Nur'aini Zoë",
  JENIS_KLMIN: 'P',
  TGL_LHR: '01/05/2006',
  STAT_KWN: 'BELUM KAWIN',
  ALAMAT: 'Jl. Kartini No. 5, RT 02/RW 01',
  STATUS_REKAM: 'BIO_CAPTURED',
  TGL_REKAM: '2023-07-01',
  TGL_CETAK: '',
});
