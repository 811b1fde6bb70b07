import { AppError } from '../../errors';

export const displayErrors = {
  pointNotFound: (id: number) =>
    new AppError(
      'display_point_not_found',
      404,
      `Titik layanan ${id} tidak ditemukan.`,
      `Service point ${id} not found.`,
    ),
  busy: () =>
    new AppError(
      'display_streams_full',
      503,
      'Terlalu banyak layar terhubung ke server ini. Coba lagi sebentar.',
      'Too many displays are connected to this server. Try again shortly.',
    ),
};
