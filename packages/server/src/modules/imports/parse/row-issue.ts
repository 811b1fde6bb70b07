/**
 * One problem found in one row of an import file: where (line and column), a stable snake_case code for
 * clients and reports, and the explanation in Indonesian and English. The same shape serves rejections
 * and data-quality warnings; which list it sits in says which it is.
 */
import type { NikIssue, NikIssueCode } from '@sigap/domain';

export interface RowIssue {
  /** 1-based line (CSV) or row (XLSX) number as the operator sees it; the header is line 1. */
  line: number;
  /** The SIAK target column (e.g. `TGL_LHR`), or null when the whole row is at fault. */
  column: string | null;
  code: RowIssueCode;
  /** What the message quotes, in order: stored with the code so the text is rendered when read. */
  params: string[];
  message: string;
  messageEn: string;
}

// Cell values are echoed (clipped) so the operator can find the typo; NIKs never are (PDP: least exposure).
const MESSAGES = {
  column_count: (got: string, want: string) => [
    `Baris berisi ${got} kolom, padahal baris judul berisi ${want} kolom.`,
    `The row has ${got} columns but the header has ${want}.`,
  ],
  unclosed_quote: () => [
    'Tanda kutip (") tidak ditutup; baris ini dan sisa berkas sesudahnya tidak dapat dibaca.',
    'A quote (") is never closed; this row and the rest of the file after it cannot be read.',
  ],
  required_missing: (col: string) => [`Kolom ${col} wajib diisi.`, `Column ${col} is required.`],
  invalid_no_kk: () => [
    'Nomor KK harus 16 digit angka.',
    'The family card number (NO_KK) must be 16 digits.',
  ],
  invalid_sex: (v: string) => [
    `Jenis kelamin "${v}" tidak dikenal (gunakan L/P atau LAKI-LAKI/PEREMPUAN).`,
    `Unknown sex "${v}" (use L/P or LAKI-LAKI/PEREMPUAN).`,
  ],
  invalid_date: (v: string) => [
    `Tanggal "${v}" tidak valid (gunakan DD-MM-YYYY atau YYYY-MM-DD, dan tanggal harus ada di kalender).`,
    `Date "${v}" is not valid (use DD-MM-YYYY or YYYY-MM-DD, and the day must exist).`,
  ],
  date_in_future: (v: string, ref: string) => [
    `Tanggal ${v} melewati tanggal acuan ${ref}.`,
    `Date ${v} is after the reference date ${ref}.`,
  ],
  date_order: (col: string, before: string) => [
    `Tanggal pada ${col} tidak boleh sebelum tanggal pada ${before}.`,
    `The date in ${col} cannot be before the date in ${before}.`,
  ],
  invalid_marital_status: (v: string) => [
    `Status kawin "${v}" tidak dikenal (BELUM KAWIN, KAWIN, CERAI HIDUP, CERAI MATI atau kode 1–4).`,
    `Unknown marital status "${v}" (BELUM KAWIN, KAWIN, CERAI HIDUP, CERAI MATI or code 1–4).`,
  ],
  invalid_citizenship: (v: string) => [
    `Kewarganegaraan "${v}" tidak dikenal (WNI atau WNA).`,
    `Unknown citizenship "${v}" (WNI or WNA).`,
  ],
  invalid_stay_permit: (v: string) => [
    `Izin tinggal "${v}" tidak dikenal (KITAP atau KITAS).`,
    `Unknown stay permit "${v}" (KITAP or KITAS).`,
  ],
  permit_required: () => [
    'Penduduk WNA wajib memiliki izin tinggal (KITAP atau KITAS).',
    'A foreign resident (WNA) must have a stay permit (KITAP or KITAS).',
  ],
  permit_ignored: () => [
    'Izin tinggal diabaikan karena penduduk berstatus WNI.',
    'The stay permit is ignored because the resident is a citizen (WNI).',
  ],
  invalid_village_code: (v: string) => [
    `Kode desa/kelurahan "${v}" tidak valid (contoh: 18.71.01.1001 atau 1871011001).`,
    `Village code "${v}" is not valid (e.g. 18.71.01.1001 or 1871011001).`,
  ],
  unknown_village: (v: string) => [
    `Desa/kelurahan ${v} tidak ada di daftar wilayah.`,
    `Village ${v} is not in the region list.`,
  ],
  out_of_scope: (v: string) => [
    `Desa/kelurahan ${v} berada di luar wilayah kerja Anda; baris tidak disimpan.`,
    `Village ${v} is outside your region scope; the row is not saved.`,
  ],
  invalid_recording_status: (v: string) => [
    `Status rekam "${v}" bukan kode SIAK yang dikenal (mis. BIO_CAPTURED, PRINT_READY_RECORD).`,
    `Recording status "${v}" is not a known SIAK code (e.g. BIO_CAPTURED, PRINT_READY_RECORD).`,
  ],
  invalid_print_status: (v: string) => [
    `Status cetak "${v}" tidak dikenal (BELUM CETAK, SUDAH CETAK, SUDAH DISERAHKAN).`,
    `Unknown print status "${v}" (NOT_PRINTED, PRINTED, HANDED_OVER).`,
  ],
  print_status_from_dates: (v: string) => [
    `Status cetak disesuaikan menjadi ${v} karena tanggal cetak/serah terisi.`,
    `Print status raised to ${v} because a print/handover date is filled in.`,
  ],
} satisfies Record<string, (a: string, b: string) => [string, string]>;

export type ParseIssueCode = keyof typeof MESSAGES;
/** Parser codes plus the domain's NIK codes (`nik_length`, `nik_sex_mismatch`, ...), passed through. */
export type RowIssueCode = ParseIssueCode | NikIssueCode;

/** Every code this module itself emits (NIK codes are listed by the domain's `NIK_ISSUE_CODES`). */
export const PARSE_ISSUE_CODES = Object.keys(MESSAGES) as ParseIssueCode[];

const MAX_ECHO = 40;

/** A cell value short enough to quote in a message. */
export function clip(value: string): string {
  return value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO - 1)}…` : value;
}

/** The Indonesian and English text of a parser code with its parameters. */
export function renderParseIssue(code: ParseIssueCode, params: readonly string[]): [string, string] {
  return MESSAGES[code](params[0] ?? '', params[1] ?? '');
}

export function rowIssue(
  line: number,
  column: string | null,
  code: ParseIssueCode,
  ...params: string[]
): RowIssue {
  const [message, messageEn] = renderParseIssue(code, params);
  return { line, column, code, params, message, messageEn };
}

export function fromNikIssue(line: number, column: string, issue: NikIssue): RowIssue {
  const { code, params, message, messageEn } = issue;
  return { line, column, code, params, message, messageEn };
}
