import { z } from 'zod';

/** One field's problem next to a `validation_failed` error, in both languages. */
export const FieldError = z.object({
  field: z.string(),
  /** The stable id of this field's problem, when it has one of its own (e.g. `print_requires_prr`). */
  code: z.string().optional(),
  message: z.string(),
  messageEn: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/**
 * The one error model of the whole API: a stable snake_case id for code to branch on, and a message in
 * Indonesian and English for people.
 */
export const ErrorBody = z.object({
  error: z.string(),
  message: z.string(),
  messageEn: z.string(),
  details: z.array(FieldError).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
