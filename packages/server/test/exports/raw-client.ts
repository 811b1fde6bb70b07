import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Reply } from '../helpers/client';
import { TEST_PASSWORD } from '../helpers/test-env';

/** A reply whose body is kept as bytes (XLSX, PDF) and parsed as JSON only on demand. */
export interface RawReply extends Reply<unknown> {
  raw: Buffer;
  text: string;
}

/**
 * The shared test client parses every body as JSON and has no PUT; exports need bytes and the settings
 * routes need PUT, so these tests log in through `inject` themselves.
 */
export interface RawClient {
  get(url: string, headers?: Record<string, string>): Promise<RawReply>;
  put(url: string, body: unknown): Promise<RawReply>;
}

function toReply(res: Awaited<ReturnType<FastifyInstance['inject']>>): RawReply {
  const raw = res.rawPayload;
  const text = raw.toString('utf8');
  const isJson = String(res.headers['content-type'] ?? '').includes('json');
  const body: unknown = isJson && text ? JSON.parse(text) : undefined;
  return { status: res.statusCode, headers: res.headers, raw, text, body };
}

export async function rawClient(app: FastifyInstance, username?: string): Promise<RawClient> {
  const headers: Record<string, string> = {};
  if (username) {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: TEST_PASSWORD },
      remoteAddress: '10.0.0.2',
    });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = [login.headers['set-cookie']].flat().find((c) => c?.startsWith('sigap_session='));
    headers.cookie = String(cookie).split(';')[0] ?? '';
    headers['x-csrf-token'] = (login.json() as { csrfToken: string }).csrfToken;
  }
  return {
    get: async (url, extra = {}) =>
      toReply(await app.inject({ method: 'GET', url, headers: { ...headers, ...extra } })),
    put: async (url, body) =>
      toReply(await app.inject({ method: 'PUT', url, headers, payload: body as object })),
  };
}
