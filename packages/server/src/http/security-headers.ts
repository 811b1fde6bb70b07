import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The headers Helmet sets for `options`, worked out once by running its middleware against a recorder.
 * Helmet's headers depend only on its options (no route has options of its own, nothing uses nonces), so
 * every response gets the same list; a header Helmet removes (X-Powered-By) is one nothing here sets.
 */
export function helmetHeaders(options: Readonly<HelmetOptions>): ReadonlyArray<readonly [string, string]> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
      return recorder;
    },
    removeHeader(name: string) {
      headers.delete(name);
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    failure = err;
  });
  if (failure) throw failure;
  return Object.freeze([...headers].map(([k, v]) => Object.freeze([k, v] as const)));
}

/**
 * Helmet's security headers (CSP, frame options, referrer policy, …) on every response, set on the raw
 * response in `onRequest`, as @fastify/helmet did, so errors, 404s and static files carry them too.
 * @fastify/helmet built the middleware on every request (parsing the CSP directives each time), and
 * running the built middleware still walked a dozen closures per request: 3.6 % of a booking's CPU
 * (session 14, in-process profile). The list is computed once here; a request only sets it.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: Readonly<HelmetOptions>): void {
  const headers = helmetHeaders(options);
  app.addHook('onRequest', (_req, reply, done) => {
    const res = reply.raw;
    for (const [name, value] of headers) res.setHeader(name, value);
    done();
  });
}
