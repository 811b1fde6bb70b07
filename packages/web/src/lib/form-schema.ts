import { z } from 'zod';
import type { MessageKey } from './i18n';

/**
 * Building blocks for form schemas derived from the API contract (@sigap/contracts). A form holds text
 * ('' for an empty input) where a request holds values or nothing, so a form wraps the request's field
 * rules instead of restating them; their "Indonesian|English" messages are shown as they come
 * (lib/form-errors.ts), the form's own messages are message keys.
 */
const required: MessageKey = 'common.required';

/** An input that must be filled in; then the contract's rule for the field (and its message) applies. */
export function filled<Rule extends z.ZodType<unknown, string>>(rule: Rule) {
  return z
    .string()
    .refine((value) => value.trim() !== '', required)
    .pipe(rule);
}

/**
 * An input that may stay empty (''); filled in, it must pass the contract's rule. `message` replaces the
 * rule's messages where the form has a better one (a date typed as dd/mm/yyyy, not the API's YYYY-MM-DD).
 */
export function blankOr(rule: z.ZodType<unknown, string>, message?: MessageKey) {
  return z.string().superRefine((value, ctx) => {
    if (value === '') return;
    const result = rule.safeParse(value);
    if (result.success) return;
    for (const issue of result.error.issues)
      ctx.addIssue({ code: 'custom', message: message ?? issue.message });
  });
}

/** A select whose first option ('') chooses nothing: refused as required, else one of the contract's values. */
export function chosen<Value extends string>(choice: z.ZodType<Value, Value>) {
  return z.union([z.literal(''), choice]).transform((value, ctx) => {
    const parsed = choice.safeParse(value);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: required });
    return z.NEVER;
  });
}
