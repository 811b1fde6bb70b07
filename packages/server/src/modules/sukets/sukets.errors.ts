import type { SuketRefusal } from '@sigap/domain';
import { AppError } from '../../errors';

export const suketErrors = {
  notFound: () => new AppError('suket_not_found', 404, 'Suket tidak ditemukan.', 'Suket not found.'),
  /** The first refusal names the error; all of them go in the details for the form. */
  refused: (refusals: SuketRefusal[]) => {
    const first = refusals[0] as SuketRefusal;
    const details = refusals.map((r) => ({
      field: 'resident',
      code: r.code,
      message: r.message,
      messageEn: r.messageEn,
    }));
    return new AppError(`suket_${first.code}`, 422, first.message, first.messageEn, details);
  },
  notActive: () =>
    new AppError('suket_not_active', 409, 'Suket ini sudah tidak aktif.', 'This suket is no longer active.'),
  noPhone: () =>
    new AppError(
      'suket_no_phone',
      422,
      'Penduduk ini tidak punya nomor WhatsApp yang sah: serahkan PDF suket di kantor.',
      'This resident has no valid WhatsApp number: hand the suket PDF over at the office.',
    ),
  badPolicy: () =>
    new AppError(
      'suket_policy_invalid',
      400,
      'Masa penerbitan harus berakhir sebelum atau pada akhir masa berlaku.',
      'The issuance window must end on or before the validity end.',
    ),
};
