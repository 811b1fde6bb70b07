import type { FastifyInstance } from 'fastify';

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

/** A cookie-carrying API client over `app.inject`, sending the CSRF token on writes like the web app does. */
export interface Client {
  login(username: string, password: string): Promise<Reply>;
  get<T = Record<string, unknown>>(url: string): Promise<Reply<T>>;
  post<T = Record<string, unknown>>(url: string, body?: unknown, opts?: RequestOptions): Promise<Reply<T>>;
  patch<T = Record<string, unknown>>(url: string, body?: unknown, opts?: RequestOptions): Promise<Reply<T>>;
  put<T = Record<string, unknown>>(url: string, body?: unknown, opts?: RequestOptions): Promise<Reply<T>>;
  readonly csrfToken: string | undefined;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';

export interface RequestOptions {
  /** null sends no CSRF token; a string sends that one instead of the session's. */
  csrf?: string | null;
  /** Extra request headers (e.g. Idempotency-Key). */
  headers?: Record<string, string>;
}

export function clientFor(app: FastifyInstance, ip = '10.0.0.1'): Client {
  let cookie: string | undefined;
  let csrf: string | undefined;

  async function send<T>(
    method: Method,
    url: string,
    body?: unknown,
    csrfOverride?: string | null,
    extraHeaders: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (cookie) headers.cookie = cookie;
    const token = csrfOverride === undefined ? csrf : csrfOverride;
    if (method !== 'GET' && token) headers['x-csrf-token'] = token;
    const res = await app.inject({
      method,
      url,
      headers,
      remoteAddress: ip,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const setCookie = res.headers['set-cookie'];
    for (const c of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair] = c.split(';');
      if (pair?.startsWith('sigap_session=')) cookie = pair.endsWith('=') ? undefined : pair;
    }
    const parsed = res.body ? (JSON.parse(res.body) as T) : ({} as T);
    return { status: res.statusCode, body: parsed, headers: res.headers };
  }

  return {
    async login(username, password) {
      const r = await send<Record<string, unknown>>('POST', '/api/v1/auth/login', { username, password });
      if (r.status === 200) csrf = r.body.csrfToken as string;
      return r;
    },
    get: (url) => send('GET', url),
    post: (url, body, opts) => send('POST', url, body, opts?.csrf, opts?.headers),
    patch: (url, body, opts) => send('PATCH', url, body, opts?.csrf, opts?.headers),
    put: (url, body, opts) => send('PUT', url, body, opts?.csrf, opts?.headers),
    get csrfToken() {
      return csrf;
    },
  };
}
