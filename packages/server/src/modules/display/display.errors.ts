import { AppError } from '../../errors';

export const displayErrors = {
  pointNotFound: (id: number) =>
    new AppError(
      'display_point_not_found',
      404,
      `Titik layanan ${id} tidak ditemukan.`,
      `Service point ${id} not found.`,
    ),
};
