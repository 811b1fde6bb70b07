import { IsoDate, ResidentChangeFields } from '@sigap/contracts';
import type { z } from 'zod';
import { blankOr } from '../../lib/form-schema';
import type { MessageKey } from '../../lib/i18n';

const { recordingPlace, lifeStatusDocument, lifeStatusReason } = ResidentChangeFields.shape;
/** Typed as dd/mm/yyyy (DateField), so the form's own message, not the API's YYYY-MM-DD one. */
const date = blankOr(IsoDate, 'date.invalid' satisfies MessageKey);

/**
 * The status form's own checks, before sending: the fields of the resident update request
 * (@sigap/contracts), with '' for an empty date, place or text where the request sends null. The registry
 * rules (which state may be stored, who may change what) run on every change in resident-status-rules.ts
 * and again on the server; the server's refusals are shown beside the field it names.
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
  /** The source document and reason of a change of life status (also a death report's). */
  lifeStatusDocument: lifeStatusDocument.unwrap(),
  lifeStatusReason: lifeStatusReason.unwrap(),
});

/** The form's values: strings as the inputs hold them, '' for an empty date, place or text. */
export type StatusValues = z.infer<typeof residentStatusSchema>;
