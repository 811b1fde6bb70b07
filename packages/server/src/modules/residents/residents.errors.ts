import { AppError } from '../../errors';
import type { RejectedWrite } from './resident-write.types';

/** The resident errors clients switch on, beside the shared ones in `errors`. */
export const residentErrors = {
  /** The same body for every id, so that not even the echoed id tells two answers apart. */
  notFound: () =>
    new AppError(
      'resident_not_found',
      404,
      'Penduduk tidak ditemukan di wilayah kerja Anda.',
      'Resident not found in your region scope.',
    ),
  /** A single write the one write path refused: its code and words (resident-write.messages.ts). */
  writeRefused: (rejected: RejectedWrite) =>
    new AppError(
      rejected.code,
      409,
      rejected.message,
      rejected.messageEn,
      rejected.details?.map((d) => ({
        field: d.field,
        code: d.code,
        message: d.message,
        messageEn: d.messageEn,
      })),
    ),
};
