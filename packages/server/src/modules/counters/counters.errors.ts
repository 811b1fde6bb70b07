import { EARLIEST_REFERENCE_DATE } from '@sigap/domain';
import { AppError } from '../../errors';

/** The counters' errors clients switch on; thrown by the figures service, never by the repository. */
export const counterErrors = {
  referenceDateTooEarly: () =>
    new AppError(
      'reference_date_too_early',
      400,
      `Tanggal acuan paling awal adalah ${EARLIEST_REFERENCE_DATE} (perekaman e-KTP dimulai 2011).`,
      `The earliest reference date is ${EARLIEST_REFERENCE_DATE} (e-KTP recording began in 2011).`,
    ),
};
