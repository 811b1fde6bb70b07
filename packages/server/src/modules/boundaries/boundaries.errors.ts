import { AppError } from '../../errors';

/** The boundary errors clients switch on, beside the shared ones in `errors`. */
export const boundaryErrors = {
  /** Districts and villages: Sigap ships no village boundaries, so their children have no map. */
  notAvailable: () =>
    new AppError(
      'boundaries_not_available',
      404,
      'Peta batas wilayah tersedia untuk provinsi, kabupaten/kota dan kecamatan, bukan untuk desa/kelurahan.',
      'Boundary maps exist for provinces, regencies/cities and districts, not for villages.',
    ),
};
