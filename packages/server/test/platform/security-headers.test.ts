import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';
import { describe, expect, it } from 'vitest';
import { helmetHeaders } from '../../src/http/security-headers';

/** What Helmet's own middleware leaves on a real response, header by header (lower-case names). */
function setByHelmet(options: Parameters<typeof helmet>[0]): Record<string, string> {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  res.setHeader('X-Powered-By', 'something');
  helmet(options)(res.req, res, () => {});
  return Object.fromEntries(Object.entries(res.getHeaders()).map(([k, v]) => [k, String(v)]));
}

describe('helmetHeaders (computed once, set on every response)', () => {
  const options = { contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:'] } } };

  it('is exactly what Helmet sets, for the defaults and for options', () => {
    for (const o of [{}, options]) {
      const listed = Object.fromEntries(helmetHeaders(o).map(([k, v]) => [k.toLowerCase(), v]));
      expect(listed).toEqual(setByHelmet(o));
    }
  });

  it('carries the options into the CSP and leaves out what Helmet removes', () => {
    const names = helmetHeaders(options).map(([k]) => k.toLowerCase());
    expect(names).toContain('content-security-policy');
    expect(names).not.toContain('x-powered-by');
    const csp = helmetHeaders(options).find(([k]) => k.toLowerCase() === 'content-security-policy')?.[1];
    expect(csp).toContain("img-src 'self' data:");
  });

  it('refuses options Helmet refuses, when the server starts rather than on a request', () => {
    expect(() => helmetHeaders({ contentSecurityPolicy: { directives: { 'img-src': ['self'] } } })).toThrow();
  });
});
