import { AppError } from '../../errors';

export const fieldListErrors = {
  /** A list is walked street by street: a regency's worth of names is neither usable nor a small exposure. */
  regionTooLarge: () =>
    new AppError(
      'field_list_region_too_large',
      422,
      'Daftar warga dibuat per kecamatan atau per desa/kelurahan. Pilih kecamatan atau desa terlebih dahulu.',
      'Field lists are made per district or per village. Choose a district or a village first.',
      [
        {
          field: 'region',
          message: 'Pilih kecamatan atau desa/kelurahan.',
          messageEn: 'Choose a district or a village.',
        },
      ],
    ),
};
