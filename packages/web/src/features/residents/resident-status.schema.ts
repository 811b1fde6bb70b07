import { LIFE_STATUSES, PRINT_STATUSES, RECORDING_STATUSES } from '@sigap/domain';
import { z } from 'zod';
import type { MessageKey } from '../../lib/i18n';

/**
 * The status form's own checks, before sending. Written here rather than imported from
 * packages/server/src/modules/residents/residents.schema.ts, which pulls the server's http helpers into the
 * bundle (a shared contracts package is a later step of issue 10). The pipeline rules (which status may
 * follow which) stay on the server; its refusals are shown beside the field it names.
 */
const isoDateOrEmpty = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'date.invalid' satisfies MessageKey);

export const residentStatusSchema = z.object({
  recordingStatus: z.enum(RECORDING_STATUSES),
  recordingDate: isoDateOrEmpty,
  recordingPlace: z.string().max(200, 'statusForm.placeTooLong' satisfies MessageKey),
  printStatus: z.enum(PRINT_STATUSES),
  printedDate: isoDateOrEmpty,
  handedOverDate: isoDateOrEmpty,
  ikdActivatedDate: isoDateOrEmpty,
  lifeStatus: z.enum(LIFE_STATUSES),
  lifeStatusDate: isoDateOrEmpty,
});
