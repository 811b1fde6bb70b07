import type { FieldError } from '@sigap/contracts';
import type { Locale } from './i18n';
import { translate } from './i18n';

/**
 * A failed request, carrying the server's one error model: a stable id for code to branch on and a message in
 * both languages so the UI can follow a language switch without asking again.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly error: string;
  readonly messageEn: string;
  readonly details: FieldError[];

  constructor(status: number, error: string, message: string, messageEn: string, details: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.error = error;
    this.messageEn = messageEn;
    this.details = details;
  }

  /** The message in the user's language. */
  text(locale: Locale): string {
    return locale === 'en' ? this.messageEn : this.message;
  }
}

/** Text for any thrown value: the server's own words when there are some, a generic message otherwise. */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof ApiError) return error.text(locale);
  return translate(locale, 'error.server');
}

/** Field errors in the user's language, keyed by field name, for showing beside each input. */
export function fieldErrors(error: unknown, locale: Locale): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const d of error.details) out[d.field] ??= locale === 'en' ? d.messageEn : d.message;
  return out;
}

let csrfToken: string | undefined;
let onUnauthorized: (() => void) | undefined;

/** The session's CSRF token (from login or /me); sent with every request that changes something. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called on any 401 so the app can drop the user and show the login page. */
export function setUnauthorizedHandler(handler: (() => void) | undefined): void {
  onUnauthorized = handler;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toApiError(status: number, body: unknown): ApiError {
  if (isRecord(body) && typeof body.error === 'string' && typeof body.message === 'string') {
    const details = Array.isArray(body.details) ? (body.details as FieldError[]) : [];
    const messageEn = typeof body.messageEn === 'string' ? body.messageEn : body.message;
    return new ApiError(status, body.error, body.message, messageEn, details);
  }
  // Not our error shape (a proxy page, a crash): still give people a sentence they can act on.
  return new ApiError(
    status,
    'server_error',
    translate('id', 'error.server'),
    translate('en', 'error.server'),
  );
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
  idempotencyKey?: string,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  // The same key on a resent write makes the server replay its first answer instead of writing twice.
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;

  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(
      0,
      'network_error',
      translate('id', 'error.network'),
      translate('en', 'error.network'),
    );
  }

  if (response.status === 204) return undefined as T;
  const parsed: unknown = await response.json().catch(() => undefined);
  if (response.ok) return parsed as T;
  if (response.status === 401) onUnauthorized?.();
  throw toApiError(response.status, parsed);
}

/** Path with query parameters; empty values are left out so URLs stay short and caches stay shared. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Progress of an upload in bytes; `total` is 0 when the browser cannot tell. */
export type UploadProgress = (loaded: number, total: number) => void;

/**
 * POST a multipart form. `fetch` cannot report upload progress, and a SIAK extract can be hundreds of
 * megabytes, so this one request goes through XMLHttpRequest; errors keep the same ApiError model.
 */
function upload<T>(
  path: string,
  form: FormData,
  onProgress?: UploadProgress,
  signal?: AbortSignal,
  idempotencyKey?: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    if (idempotencyKey) xhr.setRequestHeader('Idempotency-Key', idempotencyKey);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : 0);
    xhr.onload = () => {
      let parsed: unknown;
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        parsed = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(parsed as T);
        return;
      }
      if (xhr.status === 401) onUnauthorized?.();
      reject(toApiError(xhr.status, parsed));
    };
    const networkError = () =>
      reject(
        new ApiError(0, 'network_error', translate('id', 'error.network'), translate('en', 'error.network')),
      );
    xhr.onerror = networkError;
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  /** Writes take the action's Idempotency-Key (lib/use-api-mutation.ts makes one per user action). */
  post: <T>(path: string, body?: unknown, idempotencyKey?: string) =>
    request<T>('POST', path, body ?? {}, undefined, idempotencyKey),
  patch: <T>(path: string, body: unknown, idempotencyKey?: string) =>
    request<T>('PATCH', path, body, undefined, idempotencyKey),
  put: <T>(path: string, body: unknown, idempotencyKey?: string) =>
    request<T>('PUT', path, body, undefined, idempotencyKey),
  /** A write with a caller-chosen method and an abort signal (the offline outbox times its tries out). */
  send: <T>(
    method: 'POST' | 'PUT' | 'PATCH',
    path: string,
    body: unknown,
    idempotencyKey: string,
    signal?: AbortSignal,
  ) => request<T>(method, path, body, signal, idempotencyKey),
  upload,
};
