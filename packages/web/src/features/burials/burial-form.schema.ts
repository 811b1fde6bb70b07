import { BurialBody } from '@sigap/contracts';
import { z } from 'zod';
import { blankOr, chosen, filled } from '../../lib/form-schema';

/**
 * The burial entry form's rules, from the request contract: checked on the phone before the entry goes
 * into the outbox (so a typo is caught without a signal); the server checks again (NIK structure, dates
 * against today) and an entry it refuses shows in the outbox as "needs attention".
 */
export function burialFormSchema() {
  const s = BurialBody.shape;
  const optional = (rule: z.ZodType<unknown, string>) => blankOr(rule).transform((v) => v.trim() || null);
  return z.object({
    nik: blankOr(z.string().regex(/^\d{16}$/, 'NIK terdiri dari 16 angka.|A NIK has 16 digits.')).transform(
      (v) => v.trim() || null,
    ),
    fullName: filled(s.fullName),
    birthDate: filled(s.birthDate),
    dateOfDeath: filled(s.dateOfDeath),
    dateOfBurial: filled(s.dateOfBurial),
    cause: z.string().transform((v) => (v === '' ? null : (v as NonNullable<BurialBody['cause']>))),
    reporterName: filled(s.reporterName),
    reporterRelation: chosen(s.reporterRelation),
    reporterPhone: optional(s.reporterPhone.unwrap().unwrap()),
  });
}

export type BurialFormInput = z.input<ReturnType<typeof burialFormSchema>>;
export type BurialFormValues = z.output<ReturnType<typeof burialFormSchema>>;

export const EMPTY_BURIAL: BurialFormInput = {
  nik: '',
  fullName: '',
  birthDate: '',
  dateOfDeath: '',
  dateOfBurial: '',
  cause: '',
  reporterName: '',
  reporterRelation: '',
  reporterPhone: '',
};
