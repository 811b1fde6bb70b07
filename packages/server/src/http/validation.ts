import type { FastifySchemaValidationError } from 'fastify';
import type { z } from 'zod';
import { type AppError, errors, type FieldError } from '../errors';

/**
 * Turns schema validation issues into bilingual field errors. A schema may carry its own bilingual
 * message as "Indonesian|English"; otherwise the message is derived from the issue kind, because
 * zod's own messages are English only.
 */
export function fieldErrorFromIssue(
  field: string,
  code: string,
  message: string,
  params: Record<string, unknown>,
): FieldError {
  // zod's own enum message lists the options with '|', so only custom messages are split.
  if (code !== 'invalid_value' && message.includes('|')) {
    const [id = message, en = message] = message.split('|');
    return { field, message: id, messageEn: en };
  }
  const min = params.minimum;
  const max = params.maximum;
  const isString = params.origin === 'string';
  switch (code) {
    case 'invalid_type':
      return ('input' in params ? params.input === undefined : /received undefined$/.test(message))
        ? { field, message: 'Wajib diisi.', messageEn: 'Required.' }
        : { field, message: 'Jenis isian tidak sesuai.', messageEn: `Expected ${String(params.expected)}.` };
    case 'too_small':
      return isString
        ? {
            field,
            message: `Minimal ${String(min)} karakter.`,
            messageEn: `At least ${String(min)} characters.`,
          }
        : { field, message: `Minimal ${String(min)}.`, messageEn: `Must be at least ${String(min)}.` };
    case 'too_big':
      return isString
        ? {
            field,
            message: `Maksimal ${String(max)} karakter.`,
            messageEn: `At most ${String(max)} characters.`,
          }
        : { field, message: `Maksimal ${String(max)}.`, messageEn: `Must be at most ${String(max)}.` };
    case 'invalid_value':
      return { field, message: 'Pilihan tidak dikenal.', messageEn: 'Not one of the allowed values.' };
    case 'invalid_format':
      return { field, message: 'Format tidak valid.', messageEn: 'Invalid format.' };
    case 'unrecognized_keys':
      return {
        field,
        message: 'Isian tidak dikenal.',
        messageEn: `Unknown field(s): ${String(params.keys)}.`,
      };
    default:
      return { field, message: 'Isian tidak valid.', messageEn: message || 'Invalid value.' };
  }
}

/** Maps Fastify's schema-validation errors (from the zod compiler) to our validation error. */
export function validationErrorFromFastify(
  validation: FastifySchemaValidationError[],
  context: string | undefined,
): AppError {
  const details = validation.map((v) => {
    const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const field = path || context || 'body';
    return fieldErrorFromIssue(
      field,
      v.keyword,
      v.message ?? '',
      (v.params ?? {}) as Record<string, unknown>,
    );
  });
  return errors.validation(details);
}

/** Validates a value with a zod schema inside a service (for input that did not come through a route). */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw errors.validation(
    result.error.issues.map((issue) => {
      const { code, message, path, ...params } = issue;
      return fieldErrorFromIssue(path.join('.') || 'value', code, message, params as Record<string, unknown>);
    }),
  );
}
