import { AppError } from '../../errors';

export const skmErrors = {
  /** A malformed or forged link, or a ticket that does not exist: the same answer, so ids are not probed. */
  linkInvalid: () =>
    new AppError(
      'skm_link_invalid',
      404,
      'Tautan survei tidak dikenal. Periksa kembali tautan dari petugas.',
      'Unknown survey link. Check the link the officer gave you.',
    ),
  notFinished: () =>
    new AppError(
      'skm_ticket_not_finished',
      409,
      'Survei dapat diisi setelah layanan Anda selesai.',
      'The survey opens once your service is finished.',
    ),
  alreadyAnswered: () =>
    new AppError(
      'skm_already_answered',
      409,
      'Survei untuk layanan ini sudah diisi. Terima kasih.',
      'The survey for this service has already been answered. Thank you.',
    ),
  expired: (days: number) =>
    new AppError(
      'skm_link_expired',
      410,
      `Tautan survei hanya berlaku ${days} hari setelah layanan.`,
      `Survey links are valid for ${days} days after the service.`,
    ),
  pointNotFound: (id: number) =>
    new AppError(
      'skm_point_not_found',
      404,
      `Titik layanan ${id} tidak ditemukan.`,
      `Service point ${id} not found.`,
    ),
  badRange: (days: number) =>
    new AppError(
      'skm_range_invalid',
      400,
      `Rentang tanggal harus urut dan paling panjang ${days} hari.`,
      `The date range must be in order and at most ${days} days long.`,
    ),
};
