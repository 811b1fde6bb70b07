import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors';

/**
 * Characters no form of Sigap ever needs, refused in every string input:
 * - C0 controls except tab, line feed and carriage return (which free-text fields such as notes and
 *   addresses legitimately carry), DEL and the C1 controls. NUL in particular makes PostgreSQL fail the
 *   whole statement ("invalid byte sequence"), which surfaced as a 500; other controls are invisible in
 *   the web app, exports and PDFs and let two records look identical.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what
 *   a reader sees ("Trojan Source" spoofing of names and file names in lists and the audit log).
 *   The plain marks U+200E/U+200F are allowed: they cannot reorder a run of text, and right-to-left
 *   names (Arabic script) may need them.
 * - Lone surrogates: they are not text, and each driver would silently turn them into U+FFFD.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacters(value: string): boolean {
  return FORBIDDEN.test(value) || LONE_SURROGATE.test(value);
}

/** Names the field, never echoes the value: the value is exactly what an attacker crafted. */
export function invalidCharacters(field: string): AppError {
  return new AppError(
    'invalid_characters',
    400,
    'Isian mengandung karakter kendali atau karakter tak terlihat yang tidak diizinkan.',
    'The input contains control or invisible characters that are not allowed.',
    [
      {
        field,
        message: 'Hapus karakter kendali atau karakter tak terlihat.',
        messageEn: 'Remove control or invisible characters.',
      },
    ],
  );
}

/** The path of the first string (value or object key) with forbidden characters, or null. */
export function findForbiddenString(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return hasForbiddenCharacters(value) ? path : null;
  // JSON bodies are bounded by the body limit; the depth cap keeps a deeply nested one from recursing far.
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findForbiddenString(item, path ? `${path}.${i}` : String(i), depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (hasForbiddenCharacters(key)) return path || 'body';
    const found = findForbiddenString(item, keyPath, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Throws `invalid_characters` naming `field` when `value` holds a forbidden character. */
export function assertCleanText(value: string, field: string): void {
  if (hasForbiddenCharacters(value)) throw invalidCharacters(field);
}

/** Headers the server stores or compares; the rest are never read. */
const READ_HEADERS = ['user-agent'] as const;

function checkRequest(req: FastifyRequest): void {
  for (const name of READ_HEADERS) {
    const v = req.headers[name];
    if (typeof v === 'string') assertCleanText(v, name);
  }
  const found =
    findForbiddenString(req.params, '') ??
    findForbiddenString(req.query, '') ??
    findForbiddenString(req.body, '');
  if (found !== null) throw invalidCharacters(found || 'body');
}

/**
 * One check for every route, present and future: after authentication (an anonymous caller still gets 401
 * first on protected routes) and before schema validation and the handler. Multipart uploads are read in
 * their handler, so their file names are checked there with `assertCleanText`.
 */
export function registerInputCharacterCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    checkRequest(req);
  });
}
