import { AppError, errors } from '../../errors';

/** The daily-report errors clients switch on, beside the shared ones in `errors`. */
export const reportErrors = {
  alreadyApproved: (regency: string, date: string) =>
    new AppError(
      'report_already_approved',
      409,
      `Laporan ${regency} tanggal ${date} sudah disetujui provinsi dan tidak dapat diganti.`,
      `The report of ${regency} for ${date} is already approved by the province and cannot be replaced.`,
    ),
  notAwaitingReview: (status: string) =>
    new AppError(
      'report_not_awaiting_review',
      409,
      `Laporan ini tidak menunggu tinjauan (status: ${status}).`,
      `This report is not awaiting review (status: ${status}).`,
    ),
  regencyScopeRequired: () =>
    new AppError(
      'report_requires_regency_scope',
      403,
      'Laporan harian dikirim oleh operator kabupaten/kota dengan wilayah kerja satu kabupaten/kota.',
      'Daily reports are sent by an operator whose scope is one regency or city.',
    ),
  dateInFuture: (date: string, today: string) =>
    errors.validation([
      {
        field: 'date',
        message: `Tanggal ${date} belum tiba (hari ini ${today} waktu setempat).`,
        messageEn: `Date ${date} is in the future (today is ${today} local time).`,
      },
    ]),
  historyRange: (maxDays: number) =>
    errors.validation([
      {
        field: 'from',
        message: `Rentang tanggal harus 1–${maxDays} hari.`,
        messageEn: `The date range must span 1–${maxDays} days.`,
      },
    ]),
  submitConflict: () =>
    new AppError(
      'report_conflict',
      409,
      'Laporan untuk hari ini sedang dikirim dari tempat lain. Coba lagi.',
      'A report for this day is being sent from elsewhere. Try again.',
    ),
};
