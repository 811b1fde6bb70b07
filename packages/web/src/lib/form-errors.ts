import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { fieldErrors } from './api';
import type { Locale, MessageKey } from './i18n';

/**
 * One message per field for FormField. The server's errors (type 'server') arrive already in the user's
 * language; the contract's rules (@sigap/contracts) carry "Indonesian|English", shown in the user's
 * language; the form's own checks carry message keys.
 */
export function fieldMessages<T extends FieldValues>(
  errors: FieldErrors<T>,
  t: (key: MessageKey) => string,
  locale: Locale,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, error] of Object.entries(errors)) {
    const message = (error as { message?: unknown; type?: unknown } | undefined)?.message;
    if (typeof message !== 'string' || message === '') continue;
    out[name] = (error as { type?: unknown }).type === 'server' ? message : formMessage(message, t, locale);
  }
  return out;
}

function formMessage(message: string, t: (key: MessageKey) => string, locale: Locale): string {
  if (!message.includes('|')) return t(message as MessageKey);
  const [id = message, en = id] = message.split('|');
  return locale === 'en' ? en : id;
}

/**
 * Put the server's field errors (lib/api.ts fieldErrors) beside the form's fields of the same name; `extra`
 * places errors that come without field details (the server's own details win).
 */
export function showServerFieldErrors<T extends FieldValues>(
  failure: unknown,
  locale: Locale,
  names: readonly string[],
  setError: UseFormSetError<T>,
  extra: Record<string, string> = {},
): void {
  const fromServer = { ...extra, ...fieldErrors(failure, locale) };
  for (const [name, message] of Object.entries(fromServer)) {
    if (names.includes(name)) setError(name as Path<T>, { type: 'server', message });
  }
}
