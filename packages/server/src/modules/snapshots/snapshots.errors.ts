import { AppError, errors } from '../../errors';

/** The snapshot errors clients switch on, beside the shared ones in `errors`: one place for ids and wording. */
export const snapshotErrors = {
  dateOutOfRange: (date: string, today: string) =>
    errors.validation([
      {
        field: 'date',
        message: `Snapshot sesuai permintaan hanya untuk hari ini atau kemarin (hari ini ${today} waktu setempat), bukan ${date}.`,
        messageEn: `An on-demand snapshot is for today or yesterday only (today is ${today} local time), not ${date}.`,
      },
    ]),
  dayClosed: (region: string, date: string) =>
    new AppError(
      'snapshot_day_closed',
      409,
      `Hari ${date} untuk wilayah ${region} sudah ditutup; snapshot penutupan hari tidak diganti.`,
      `Day ${date} of region ${region} is already closed; its day-close snapshot is not replaced.`,
    ),
};
