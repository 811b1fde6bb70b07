import { errors } from '../../errors';

/** The coverage errors clients switch on, beside the shared ones in `errors`: one place for ids and wording. */
export const coverageErrors = {
  trendTooLong: (maxDays: number) =>
    errors.validation([
      {
        field: 'from',
        message: `Rentang paling panjang ${maxDays} hari.`,
        messageEn: `The range may span at most ${maxDays} days.`,
      },
    ]),
};
