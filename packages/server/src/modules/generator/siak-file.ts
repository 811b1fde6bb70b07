/**
 * SIAK-style extract files (CSV and XLSX) from resident records, in the column order of
 * `SIAK_RESIDENT_COLUMNS`: what a Disdukcapil operator downloads from SIAK and imports into Sigap. Both
 * writers stream, so a province-sized extract never sits in memory.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type MaritalStatus,
  type ResidentRecord,
  SIAK_RESIDENT_COLUMNS,
  type SiakResidentColumn,
} from '@sigap/domain';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

export type SiakRow = Record<SiakResidentColumn, string>;
export type ProgressCallback = (written: number) => void;

/** Header names in file order. */
export const SIAK_HEADER: readonly SiakResidentColumn[] = SIAK_RESIDENT_COLUMNS.map((c) => c.name);

/** How often writers report progress (rows). */
const PROGRESS_EVERY = 10_000;

const MARITAL_LABELS: Record<MaritalStatus, string> = {
  BELUM_KAWIN: 'BELUM KAWIN',
  KAWIN: 'KAWIN',
  CERAI_HIDUP: 'CERAI HIDUP',
  CERAI_MATI: 'CERAI MATI',
};

/** `YYYY-MM-DD` → `DD-MM-YYYY`, as SIAK exports dates; null → ''. */
export function siakDate(iso: string | null): string {
  return iso === null ? '' : `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

/** One record as a SIAK extract row: labels as SIAK writes them, '' for nulls. */
export function toSiakRow(r: ResidentRecord): SiakRow {
  return {
    NIK: r.nik,
    NO_KK: r.noKk,
    NAMA_LGKP: r.fullName,
    JENIS_KLMIN: r.sex === 'L' ? 'LAKI-LAKI' : 'PEREMPUAN',
    TMPT_LHR: r.birthPlace,
    TGL_LHR: siakDate(r.birthDate),
    STAT_KWN: MARITAL_LABELS[r.maritalStatus],
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
    STATUS_CETAK: r.printStatus,
    TGL_CETAK: siakDate(r.printedDate),
    TGL_SERAH: siakDate(r.handedOverDate),
    TGL_IKD: siakDate(r.ikdActivatedDate),
    TGL_MATI: r.lifeStatus === 'DECEASED' ? siakDate(r.lifeStatusDate) : '',
    TGL_PINDAH: r.lifeStatus === 'MOVED_OUT' ? siakDate(r.lifeStatusDate) : '',
  };
}

/**
 * Writes a UTF-8, comma-separated extract with a header row; returns the number of rows written.
 * `Readable.from` pulls from the iterable only as fast as the file takes rows (backpressure), so a
 * generator feeding it is never run ahead of the disk.
 */
export async function writeSiakCsv(
  records: Iterable<ResidentRecord>,
  filePath: string,
  onProgress?: ProgressCallback,
): Promise<number> {
  let count = 0;
  function* rows(): Generator<SiakRow> {
    for (const r of records) {
      yield toSiakRow(r);
      count++;
      if (onProgress && count % PROGRESS_EVERY === 0) onProgress(count);
    }
  }
  const csv = stringify({ header: true, columns: SIAK_HEADER as SiakResidentColumn[] });
  await pipeline(Readable.from(rows()), csv, createWriteStream(filePath));
  onProgress?.(count);
  return count;
}

/** Uncompressed sheet XML allowed to wait for the zip deflater (a row is ~1 KB). */
const XLSX_BACKLOG_LIMIT = 4 * 1024 * 1024;
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

/**
 * exceljs 4.x pipes a sheet's XML into a PassThrough feeding the zip without honouring backpressure, so a
 * fast producer piles the whole sheet up in memory (measured: ~1 KB per row). We read that buffer's length
 * through exceljs internals and wait while it is over the limit; if the internals change we only yield.
 */
async function zipCatchUp(sheet: unknown): Promise<void> {
  const inner = sheet as { stream?: { pipes?: { _writableState?: { length?: unknown } }[] } };
  const state = inner.stream?.pipes?.[0]?._writableState;
  if (typeof state?.length !== 'number') return tick();
  while ((state.length as number) > XLSX_BACKLOG_LIMIT) await tick();
}

/**
 * Writes an XLSX extract (one sheet, bold header, every cell text so a NIK never becomes a rounded number)
 * with exceljs's streaming writer; returns the number of rows written. Each row is committed as it is
 * added, and the writer waits for the zip to catch up, so memory stays bounded.
 */
export async function writeSiakXlsx(
  records: Iterable<ResidentRecord>,
  filePath: string,
  onProgress?: ProgressCallback,
): Promise<number> {
  const file = createWriteStream(filePath);
  // exceljs pipes into the file without watching it: catch its error ourselves, or a bad path would hang
  // the final commit (waiting for 'finish') or crash the process (an unhandled 'error' event).
  let fileError: Error | undefined;
  const failed = new Promise<never>((_, reject) =>
    file.once('error', (err) => {
      fileError = err;
      reject(err);
    }),
  );
  failed.catch(() => undefined);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: file,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('PENDUDUK', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = SIAK_HEADER.map((name) => ({
    key: name,
    width: name === 'NAMA_LGKP' || name === 'ALAMAT' ? 32 : 18,
  }));
  const header = sheet.addRow([...SIAK_HEADER]);
  header.font = { bold: true };
  header.commit();
  let count = 0;
  for (const r of records) {
    const row = toSiakRow(r);
    sheet.addRow(SIAK_HEADER.map((name) => row[name])).commit();
    count++;
    if (count % 100 === 0) await zipCatchUp(sheet);
    if (fileError) throw fileError;
    if (onProgress && count % PROGRESS_EVERY === 0) onProgress(count);
  }
  sheet.commit();
  await Promise.race([workbook.commit(), failed]);
  onProgress?.(count);
  return count;
}
