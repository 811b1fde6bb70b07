/**
 * A file that cannot be imported at all (as opposed to bad rows, which are reported one by one): it cannot
 * be read, it holds no data, or its header lacks required columns. Extends the API's one error model.
 */
import { AppError, type FieldError } from '../../../errors';

export type ImportFormatErrorId =
  | 'import_missing_columns'
  | 'import_invalid_mapping'
  | 'import_unreadable_file'
  | 'import_empty_file'
  | 'import_file_too_large'
  | 'import_cell_too_long'
  | 'import_row_too_wide';

// 422: the upload arrived intact, but its content cannot be processed as an import.
const STATUS = 422;

export class ImportFormatError extends AppError {
  declare readonly id: ImportFormatErrorId;

  constructor(id: ImportFormatErrorId, message: string, messageEn: string, details?: FieldError[]) {
    super(id, STATUS, message, messageEn, details);
    this.name = 'ImportFormatError';
  }
}

/** Constructors for every ImportFormatError, so messages stay uniform. */
export const importFormatErrors = {
  missingColumns: (columns: string[], details: FieldError[]) =>
    new ImportFormatError(
      'import_missing_columns',
      `Kolom wajib tidak ditemukan pada baris judul: ${columns.join(', ')}.`,
      `Required columns are missing from the header: ${columns.join(', ')}.`,
      details,
    ),
  invalidMapping: (details: FieldError[]) =>
    new ImportFormatError(
      'import_invalid_mapping',
      'Pemetaan kolom tidak dapat dipakai; periksa kolom yang ditandai.',
      'The column mapping cannot be used; check the marked columns.',
      details,
    ),
  unreadable: (reason: string, reasonEn: string) =>
    new ImportFormatError(
      'import_unreadable_file',
      `Berkas tidak dapat dibaca: ${reason}`,
      `The file cannot be read: ${reasonEn}`,
    ),
  empty: () =>
    new ImportFormatError(
      'import_empty_file',
      'Berkas kosong: tidak ada baris judul maupun data.',
      'The file is empty: it has neither a header nor data.',
    ),
  noDataRows: () =>
    new ImportFormatError(
      'import_empty_file',
      'Berkas hanya berisi baris judul, tanpa baris data.',
      'The file has a header but no data rows.',
    ),
};

/** Refusals of a file that breaks one of the bounds in import-limits.ts (never echoing its content). */
export const importLimitErrors = {
  archiveTooLarge: (reason: string, reasonEn: string) =>
    new ImportFormatError(
      'import_file_too_large',
      `Berkas ditolak: ${reason}`,
      `The file is refused: ${reasonEn}`,
    ),
  cellTooLong: (where: string, whereEn: string, max: number) =>
    new ImportFormatError(
      'import_cell_too_long',
      `Berkas ditolak: ${where} berisi sel yang lebih panjang dari ${max} karakter.`,
      `The file is refused: ${whereEn} holds a cell longer than ${max} characters.`,
    ),
  rowTooWide: (line: number, max: number) =>
    new ImportFormatError(
      'import_row_too_wide',
      `Berkas ditolak: baris ${line} memiliki lebih dari ${max} kolom.`,
      `The file is refused: row ${line} has more than ${max} columns.`,
    ),
};
