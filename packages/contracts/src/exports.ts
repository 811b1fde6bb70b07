import { z } from 'zod';
import { IsoDate } from './common';
import { CoverageQuery } from './coverage';

/** Exports of the coverage table and the situation report take exactly the dashboard's query. */
export const ExportCoverageQuery = CoverageQuery;
export type ExportCoverageQuery = z.infer<typeof ExportCoverageQuery>;

export const ExportDailyReportsQuery = z.object({
  region: z
    .string()
    .regex(/^(ID|\d{2}(\.\d{2})?)$/, 'Pilih provinsi atau kabupaten/kota.|Choose a province or regency.'),
  date: IsoDate.optional(),
});
export type ExportDailyReportsQuery = z.infer<typeof ExportDailyReportsQuery>;
