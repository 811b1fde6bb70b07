import { writeFileSync } from 'node:fs';
import { type ResidentRecord, SIAK_RESIDENT_COLUMNS, type SiakResidentColumn } from '@sigap/domain';
import ExcelJS from 'exceljs';

/** The header of a full SIAK resident extract, in file order. */
export const SIAK_HEADER: readonly SiakResidentColumn[] = SIAK_RESIDENT_COLUMNS.map((c) => c.name);

export type SiakRow = Record<SiakResidentColumn, string>;

/** `1990-05-17` → `17-05-1990`, the way SIAK extracts write dates. */
export function siakDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

const MARITAL: Record<ResidentRecord['maritalStatus'], string> = {
  BELUM_KAWIN: 'BELUM KAWIN',
  KAWIN: 'KAWIN',
  CERAI_HIDUP: 'CERAI HIDUP',
  CERAI_MATI: 'CERAI MATI',
};

const PRINT: Record<ResidentRecord['printStatus'], string> = {
  NOT_PRINTED: 'BELUM CETAK',
  PRINTED: 'SUDAH CETAK',
  HANDED_OVER: 'SUDAH DISERAHKAN',
};

/**
 * One record as the cells of a SIAK extract row. A death or move-out needs its date to round-trip: the
 * extract states presence only through TGL_MATI / TGL_PINDAH.
 */
export function siakRow(r: ResidentRecord): SiakRow {
  return {
    NIK: r.nik,
    NO_KK: r.noKk,
    NAMA_LGKP: r.fullName,
    JENIS_KLMIN: r.sex === 'L' ? 'LAKI-LAKI' : 'PEREMPUAN',
    TMPT_LHR: r.birthPlace,
    TGL_LHR: siakDate(r.birthDate),
    STAT_KWN: MARITAL[r.maritalStatus],
    KEWARGANEGARAAN: r.citizenship,
    IZIN_TINGGAL: r.stayPermit ?? '',
    KODE_DESA: r.villageCode,
    ALAMAT: r.address,
    AGAMA: r.religion ?? '',
    PEKERJAAN: r.occupation ?? '',
    NO_HP: r.phone ?? '',
    STATUS_REKAM: r.recordingStatus,
    TGL_REKAM: siakDate(r.recordingDate),
    TEMPAT_REKAM: r.recordingPlace ?? '',
    STATUS_CETAK: PRINT[r.printStatus],
    TGL_CETAK: siakDate(r.printedDate),
    TGL_SERAH: siakDate(r.handedOverDate),
    TGL_IKD: siakDate(r.ikdActivatedDate),
    TGL_MATI: r.lifeStatus === 'DECEASED' ? siakDate(r.lifeStatusDate) : '',
    TGL_PINDAH: r.lifeStatus === 'MOVED_OUT' ? siakDate(r.lifeStatusDate) : '',
  };
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
