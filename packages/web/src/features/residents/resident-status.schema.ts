import { IsoDate, ResidentChangeFields } from '@sigap/contracts';
import type { z } from 'zod';
import { blankOr } from '../../lib/form-schema';
import type { MessageKey } from '../../lib/i18n';

const { recordingPlace } = ResidentChangeFields.shape;
/** Typed as dd/mm/yyyy (DateField), so the form's own message, not the API's YYYY-MM-DD one. */
const date = blankOr(IsoDate, 'date.invalid' satisfies MessageKey);

/**
 * The status form's own checks, before sending: the fields of the resident update request
 * (@sigap/contracts), with '' for an empty date or place where the request sends null. The pipeline
 * rules (which status may follow which) stay on the server; its refusals are shown beside the field it names.
 */
export const residentStatusSchema = ResidentChangeFields.pick({
  recordingStatus: true,
  printStatus: true,
  lifeStatus: true,
}).extend({
  recordingDate: date,
  recordingPlace: recordingPlace.unwrap(),
  printedDate: date,
  handedOverDate: date,
  ikdActivatedDate: date,
  lifeStatusDate: date,
});

/** The form's values: strings as the inputs hold them, '' for an empty date or place. */
export type StatusValues = z.infer<typeof residentStatusSchema>;
