import { z } from 'zod';
import { IsoDate } from './common';

export const RegencyCode = z
  .string()
  .regex(
    /^\d{2}\.\d{2}$/,
    'Kode kabupaten/kota tidak valid (contoh 18.71).|Invalid regency code (e.g. 18.71).',
  );
const ProvinceOrRegency = z
  .string()
  .regex(
    /^\d{2}(\.\d{2})?$/,
    'Kode provinsi atau kabupaten/kota tidak valid.|Invalid province or regency code.',
  );

// Negative counts pass the schema on purpose: they are stored and flagged (`negative_value`), so the
// province sees what the regency sent instead of a regency stuck on a refused form.
const Count = z
  .number('Harus berupa angka.|Must be a number.')
  .int('Harus bilangan bulat.|Must be a whole number.')
  .min(-1_000_000_000, 'Angka terlalu kecil.|Number too small.')
  .max(1_000_000_000, 'Angka terlalu besar.|Number too large.');
const Percent = z
  .number('Harus berupa angka.|Must be a number.')
  .min(-1000, 'Persentase tidak masuk akal.|Implausible percentage.')
  .max(1000, 'Persentase tidak masuk akal.|Implausible percentage.');

export const REPORT_SOURCES = ['sigap', 'manual'] as const;
export const REPORT_STATUSES = ['submitted', 'approved', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type ReportSource = (typeof REPORT_SOURCES)[number];

export const ReportFlag = z.object({
  code: z.string(),
  field: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  messageEn: z.string(),
});
export type ReportFlag = z.infer<typeof ReportFlag>;

export const Report = z.object({
  id: z.number(),
  regency: z.string(),
  regencyName: z.string(),
  date: z.string(),
  source: z.enum(REPORT_SOURCES),
  recordedToday: z.number().nullable(),
  cumulativeRecorded: z.number(),
  mustHoldId: z.number(),
  printReadyWaiting: z.number().nullable(),
  printed: z.number().nullable(),
  blankoStock: z.number().nullable(),
  suketIssued: z.number().nullable(),
  statedPercent: z.number().nullable(),
  statedRemaining: z.number().nullable(),
  statedRemainingPercent: z.number().nullable(),
  notes: z.string().nullable(),
  /** Computed by Sigap from the counts, never typed: what a stated figure is checked against. */
  computed: z.object({ percentRecorded: z.number().nullable(), remaining: z.number() }),
  flags: z.array(ReportFlag),
  status: z.enum(REPORT_STATUSES),
  submittedBy: z.number(),
  submittedByName: z.string().nullable(),
  submittedAt: z.string(),
  reviewedBy: z.number().nullable(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
});
export type Report = z.infer<typeof Report>;

export const SubmitReportBody = z.object({
  regency: RegencyCode,
  date: IsoDate,
  source: z.enum(REPORT_SOURCES),
  recordedToday: Count.nullish(),
  cumulativeRecorded: Count,
  mustHoldId: Count,
  printReadyWaiting: Count.nullish(),
  printed: Count.nullish(),
  blankoStock: Count.nullish(),
  suketIssued: Count.nullish(),
  /** As written: 98.58 means 98.58%; its decimals set the precision it is checked to. */
  statedPercent: Percent.nullish(),
  statedRemaining: Count.nullish(),
  /** Checked against the counts and kept in the flag's message (there is no column for it). */
  statedRemainingPercent: Percent.nullish(),
  notes: z
    .string()
    .trim()
    .max(2000, 'Catatan maksimal 2000 karakter.|Notes: at most 2000 characters.')
    .nullish(),
});
export type SubmitReportBody = z.infer<typeof SubmitReportBody>;

export const PrefillQuery = z.object({ regency: RegencyCode, date: IsoDate });
export type PrefillQuery = z.infer<typeof PrefillQuery>;

export const Prefill = z.object({
  regency: z.string(),
  regencyName: z.string(),
  date: z.string(),
  source: z.literal('sigap'),
  recordedToday: z.number().nullable(),
  cumulativeRecorded: z.number(),
  mustHoldId: z.number(),
  printReadyWaiting: z.number(),
  printed: z.number(),
  /** Blanko on hand at the regency office on the stock ledger: the suggested blanko figure (still editable). */
  blankoStock: z.number(),
  /** Where "recorded today" was measured from: the day before's report, else its snapshot. */
  previous: z
    .object({ date: z.string(), cumulativeRecorded: z.number(), from: z.enum(['report', 'snapshot']) })
    .nullable(),
  /** The report already sent for that day, if any (a new submission replaces it unless approved). */
  existing: Report.nullable(),
  /**
   * What typed figures are checked against (the plausibility flags): the registry's population and wajib,
   * or the population the province set where the registry is incomplete; null: nothing known.
   */
  facts: z
    .object({
      population: z.number(),
      mustHoldId: z.number().nullable(),
      source: z.enum(['registry', 'setting']),
    })
    .nullable(),
});
export type Prefill = z.infer<typeof Prefill>;

export const ReportListQuery = z.object({ region: ProvinceOrRegency, date: IsoDate.optional() });
export type ReportListQuery = z.infer<typeof ReportListQuery>;

/** A regency of the list with its report of the day, if any, and whether it came before the cutoff. */
export const RegencyReportRow = z.object({
  code: z.string(),
  name: z.string(),
  report: Report.nullable(),
  onTime: z.boolean().nullable(),
});
export type RegencyReportRow = z.infer<typeof RegencyReportRow>;

export const ReportList = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  date: z.string(),
  cutoffHour: z.number(),
  timeZone: z.string(),
  regencies: z.array(RegencyReportRow),
  expected: z.number(),
  reported: z.number(),
  onTimeCount: z.number(),
  /** reported / expected; null when the region has no regencies. */
  reportingRate: z.number().nullable(),
  /** on time / expected (the DHIS2 definition), null when nothing is expected. */
  onTimeRate: z.number().nullable(),
  missing: z.array(z.string()),
});
export type ReportList = z.infer<typeof ReportList>;

export const ReviewBody = z
  .object({
    decision: z.enum(['approve', 'return']),
    comment: z
      .string()
      .trim()
      .max(1000, 'Komentar maksimal 1000 karakter.|Comment: at most 1000 characters.')
      .optional(),
  })
  .refine((b) => b.decision !== 'return' || (b.comment ?? '').length > 0, {
    message: 'Laporan yang dikembalikan wajib diberi komentar.|A returned report needs a comment.',
    path: ['comment'],
  });
export type ReviewBody = z.infer<typeof ReviewBody>;

export const ReportHistoryQuery = z
  .object({ regency: RegencyCode, from: IsoDate.optional(), to: IsoDate.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'Tanggal awal harus sebelum tanggal akhir.|From must not be after to.',
    path: ['from'],
  });
export type ReportHistoryQuery = z.infer<typeof ReportHistoryQuery>;

export const ReportHistory = z.object({
  regency: z.string(),
  from: z.string(),
  to: z.string(),
  items: z.array(Report),
});
export type ReportHistory = z.infer<typeof ReportHistory>;

export const ReportReply = z.object({ report: Report });
export type ReportReply = z.infer<typeof ReportReply>;

export const ReportMonthQuery = z.object({
  region: ProvinceOrRegency,
  /** `YYYY-MM`; default: the region's current month. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan tidak valid (contoh 2026-12).|Invalid month (e.g. 2026-12).')
    .optional(),
});
export type ReportMonthQuery = z.infer<typeof ReportMonthQuery>;

export const REPORT_CELL_STATES = ['on_time', 'late', 'missing', 'returned', 'not_due'] as const;
export const ReportCellState = z.enum(REPORT_CELL_STATES);

const MonthRates = z.object({
  /** Days a report was owed (not counting days to come). */
  expected: z.number(),
  reported: z.number(),
  onTime: z.number(),
  onTimeRate: z.number().nullable(),
  reportingRate: z.number().nullable(),
});

/** One regency's month: a state per day of `days`, and its timeliness over the days it owed. */
export const ReportMonthRow = MonthRates.extend({
  code: z.string(),
  name: z.string(),
  cells: z.array(ReportCellState),
});
export type ReportMonthRow = z.infer<typeof ReportMonthRow>;

/** Regency × day grid of a month (DHIS2's reporting-rate summary); a regency alone for its operator. */
export const ReportMonth = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  month: z.string(),
  days: z.array(z.string()),
  today: z.string(),
  cutoffHour: z.number(),
  timeZone: z.string(),
  rows: z.array(ReportMonthRow),
  totals: MonthRates,
});
export type ReportMonth = z.infer<typeof ReportMonth>;
