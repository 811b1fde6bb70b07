import { writeFileSync } from 'node:fs';
import type { ResidentRecord } from '@sigap/domain';
import ExcelJS from 'exceljs';
import { SIAK_HEADER, type SiakRow, toSiakRow } from '../../src/modules/generator/siak-file';

export { SIAK_HEADER, type SiakRow, siakDate } from '../../src/modules/generator/siak-file';

/** Print statuses in the words offices type, so imports in tests also exercise the label aliases. */
const PRINT: Record<ResidentRecord['printStatus'], string> = {
  NOT_PRINTED: 'BELUM CETAK',
  PRINTED: 'SUDAH CETAK',
  HANDED_OVER: 'SUDAH DISERAHKAN',
};

/**
 * One record as the cells of a SIAK extract row: the generator's mapping, with the print status written
 * the way an office would. A death or move-out round-trips through TGL_MATI / TGL_PINDAH.
 */
export function siakRow(r: ResidentRecord): SiakRow {
  return { ...toSiakRow(r), STATUS_CETAK: PRINT[r.printStatus] };
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV text of a header and rows (comma-separated, CRLF, quoted where needed). */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${[header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Cells of SIAK rows in header order, with per-row cell overrides (to plant bad values). */
export function siakCells(rows: readonly (ResidentRecord | SiakRow)[]): string[][] {
  return rows.map((r) => {
    const row = 'nik' in r ? siakRow(r) : r;
    return SIAK_HEADER.map((c) => row[c]);
  });
}

/** The CSV text of a full SIAK extract holding these records (or ready-made rows). */
export function siakCsv(rows: readonly (ResidentRecord | SiakRow)[]): string {
  return csvText(SIAK_HEADER, siakCells(rows));
}

/** Writes a SIAK extract CSV to `file` and returns the path. */
export function writeSiakCsv(file: string, rows: readonly (ResidentRecord | SiakRow)[]): string {
  writeFileSync(file, siakCsv(rows));
  return file;
}

/**
 * Writes the same extract as an XLSX workbook (one sheet, every cell text, as offices keep NIKs so that
 * Excel does not turn them into numbers) and returns the path.
 */
export async function writeSiakXlsx(
  file: string,
  rows: readonly (ResidentRecord | SiakRow)[],
  header: readonly string[] = SIAK_HEADER,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Penduduk');
  sheet.addRow([...header]);
  for (const cells of siakCells(rows)) sheet.addRow(cells);
  await workbook.xlsx.writeFile(file);
  return file;
}
