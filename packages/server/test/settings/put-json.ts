import type { Reply } from '../helpers/client';
import { TEST_PASSWORD, type TestEnv } from '../helpers/test-env';

/**
 * PUT as a demo user. The shared test client speaks GET/POST/PATCH only; settings are replaced whole,
 * so their routes are PUTs: this logs in over `inject` and sends one with the session and CSRF token.
 */
export async function putAs<T = Record<string, unknown>>(
  env: TestEnv,
  username: string,
  url: string,
  body: unknown,
): Promise<Reply<T>> {
  const login = await env.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: TEST_PASSWORD },
  });
  const setCookie = login.headers['set-cookie'];
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const cookie = first?.split(';')[0] ?? '';
  const csrf = (JSON.parse(login.body) as { csrfToken: string }).csrfToken;
  const res = await env.app.inject({
    method: 'PUT',
    url,
    headers: { cookie, 'x-csrf-token': csrf },
    payload: body as object,
  });
  return { status: res.statusCode, body: JSON.parse(res.body) as T, headers: res.headers };
}
