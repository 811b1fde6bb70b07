import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Reply } from './client';
import { TEST_PASSWORD } from './test-env';

/** A logged-in session's cookie and CSRF token, for requests `clientFor` cannot make (multipart). */
export interface Session {
  cookie: string;
  csrf: string;
  ip: string;
}

/** Logs in through the API and keeps the session cookie (client.ts does not expose its own). */
export async function loginSession(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
  ip = '10.0.0.1',
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const cookie = cookies.map((c) => c.split(';')[0] ?? '').find((c) => c.startsWith('sigap_session='));
  if (!cookie) throw new Error(`login ${username}: no session cookie`);
  const csrf = (JSON.parse(res.body) as { csrfToken: string }).csrfToken;
  return { cookie, csrf, ip };
}

export interface FilePart {
  fileName: string;
  bytes: Uint8Array;
  contentType?: string;
}

/** A multipart/form-data body with one file field, built by the platform's own FormData encoder. */
export async function multipartBody(
  part: FilePart,
  field = 'file',
): Promise<{ payload: Buffer; contentType: string }> {
  const form = new FormData();
  const type = part.contentType ?? 'application/octet-stream';
  form.append(field, new Blob([part.bytes], { type }), part.fileName);
  const response = new Response(form);
  const contentType = response.headers.get('content-type');
  if (!contentType) throw new Error('FormData gave no content type');
  return { payload: Buffer.from(await response.arrayBuffer()), contentType };
}

/** A file on disk, or bytes with a name, as an upload part. */
export function filePart(file: string | FilePart): FilePart {
  if (typeof file !== 'string') return file;
  const ext = path.extname(file).toLowerCase();
  const contentType =
    ext === '.xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
  return { fileName: path.basename(file), bytes: readFileSync(file), contentType };
}

/** A GET with the session cookie whose body is not JSON (CSV downloads): status, headers and raw text. */
export async function getText(
  app: FastifyInstance,
  session: Session | null,
  url: string,
): Promise<{ status: number; text: string; headers: Reply['headers'] }> {
  const res = await app.inject({
    method: 'GET',
    url,
    headers: session ? { cookie: session.cookie } : {},
    remoteAddress: session?.ip ?? '10.0.0.1',
  });
  return { status: res.statusCode, text: res.body, headers: res.headers };
}

/** POSTs a file as multipart/form-data with the session cookie and CSRF token (default: the upload route). */
export async function uploadFile<T = Record<string, unknown>>(
  app: FastifyInstance,
  session: Session | null,
  file: string | FilePart,
  url = '/api/v1/imports/uploads',
): Promise<Reply<T>> {
  const { payload, contentType } = await multipartBody(filePart(file));
  const headers: Record<string, string> = { 'content-type': contentType };
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrf;
  }
  const res = await app.inject({
    method: 'POST',
    url,
    headers,
    payload,
    remoteAddress: session?.ip ?? '10.0.0.1',
  });
  const body = res.body ? (JSON.parse(res.body) as T) : ({} as T);
  return { status: res.statusCode, body, headers: res.headers };
}
