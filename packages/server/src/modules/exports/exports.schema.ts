import { z } from 'zod';
import { CoverageQuery } from '../counters/coverage.schema';

/** Exports of the coverage table and the situation report take exactly the dashboard's query. */
export const ExportCoverageQuery = CoverageQuery;
export type ExportCoverageQuery = z.infer<typeof ExportCoverageQuery>;

export const ExportDailyReportsQuery = z.object({
  region: z
    .string()
    .regex(/^(ID|\d{2}(\.\d{2})?)$/, 'Pilih provinsi atau kabupaten/kota.|Choose a province or regency.'),
  date: z.iso.date('Tanggal harus berformat YYYY-MM-DD.|Date must be YYYY-MM-DD.').optional(),
});
export type ExportDailyReportsQuery = z.infer<typeof ExportDailyReportsQuery>;

/** What an export route answers with: bytes, their type, and the name the browser saves them under. */
export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';
