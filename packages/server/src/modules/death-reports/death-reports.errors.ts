import { AppError } from '../../errors';

export const deathReportErrors = {
  alreadyPending: () =>
    new AppError(
      'death_report_pending',
      409,
      'Sudah ada laporan kematian penduduk ini yang menunggu konfirmasi.',
      'A death report for this resident is already waiting for confirmation.',
    ),
  notPending: () =>
    new AppError(
      'death_report_not_pending',
      409,
      'Tidak ada laporan kematian yang menunggu konfirmasi untuk penduduk ini (mungkin sudah diputuskan petugas lain).',
      'No death report is waiting for confirmation for this resident (another officer may have decided it).',
    ),
  alreadyDeceased: () =>
    new AppError(
      'resident_already_deceased',
      409,
      'Penduduk ini sudah tercatat meninggal.',
      'This resident is already recorded as deceased.',
    ),
  /** The four-eyes rule: the officer who reported a death cannot also confirm it (a conflict with the
   * report, not a role refusal: the same officer may confirm other officers' reports). */
  sameOfficer: () =>
    new AppError(
      'death_report_same_officer',
      409,
      'Laporan kematian harus dikonfirmasi oleh petugas lain, bukan pelapornya.',
      'A death report must be confirmed by another officer, not the one who reported it.',
    ),
};
