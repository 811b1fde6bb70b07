/**
 * A file that cannot be imported at all (as opposed to bad rows, which are reported one by one): it cannot
 * be read, it holds no data, or its header lacks required columns. Extends the API's one error model.
 */
import { AppError, type FieldError } from '../../../errors';

export type ImportFormatErrorId =
  | 'import_missing_columns'
  | 'import_invalid_mapping'
  | 'import_unreadable_file'
  | 'import_empty_file';

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
