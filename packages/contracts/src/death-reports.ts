import { z } from 'zod';
import { IsoDate, pageOf, RegionCode } from './common';

export const DEATH_REPORT_STATUSES = ['pending', 'confirmed', 'rejected'] as const;

/** A death entered by hand: it waits for a second officer before the resident counts as deceased. */
export const DeathReport = z.object({
  id: z.number(),
  residentId: z.number(),
  residentName: z.string(),
  /** Province and regency digits only, as in lists. */
  nikMasked: z.string(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  dateOfDeath: z.string(),
  documentNo: z.string(),
  reason: z.string(),
  status: z.enum(DEATH_REPORT_STATUSES),
  reportedBy: z.string().nullable(),
  reportedById: z.number(),
  reportedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type DeathReport = z.infer<typeof DeathReport>;

export const DeathReportBody = z
  .object({
    dateOfDeath: IsoDate,
    documentNo: z
      .string()
      .trim()
      .min(1, 'Isi nomor dokumen sumber.|Enter the source document number.')
      .max(60, 'Nomor dokumen paling panjang 60 karakter.|The document number is at most 60 characters.'),
    reason: z
      .string()
      .trim()
      .min(3, 'Isi keterangan (paling sedikit 3 karakter).|Enter a reason (at least 3 characters).')
      .max(300, 'Keterangan paling panjang 300 karakter.|The reason is at most 300 characters.'),
  })
  .strict();
export type DeathReportBody = z.infer<typeof DeathReportBody>;

export const DeathDecisionBody = z.object({ note: z.string().trim().max(300).optional() }).strict();
export type DeathDecisionBody = z.infer<typeof DeathDecisionBody>;

/** A rejection says why, so the reporting officer learns what to fix. */
export const DeathRejectionBody = z
  .object({
    note: z
      .string()
      .trim()
      .min(3, 'Tulis alasan penolakan.|Write why the report is rejected.')
      .max(300, 'Alasan paling panjang 300 karakter.|The reason is at most 300 characters.'),
  })
  .strict();
export type DeathRejectionBody = z.infer<typeof DeathRejectionBody>;

export const DeathReportReply = z.object({ report: DeathReport.nullable() });
export type DeathReportReply = z.infer<typeof DeathReportReply>;

export const DeathReportQuery = z.object({
  region: RegionCode.optional(),
  status: z.enum(DEATH_REPORT_STATUSES).default('pending'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type DeathReportQuery = z.infer<typeof DeathReportQuery>;

export const DeathReportPage = pageOf(DeathReport);
export type DeathReportPage = z.infer<typeof DeathReportPage>;
