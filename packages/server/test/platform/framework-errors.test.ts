import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../src/errors';
import { describeEachEngine } from '../helpers/test-env';

/** Sends raw bytes to a listening server and returns everything it answers before closing. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1' });
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('end', () => resolve(received));
    socket.on('close', () => resolve(received));
    socket.on('error', (err: NodeJS.ErrnoException) =>
      err.code === 'ECONNRESET' ? resolve(received) : reject(err),
    );
    socket.write(request);
  });
}

function parseRaw(response: string): { status: number; headers: string; body: ErrorBody } {
  const [head = '', body = ''] = response.split('\r\n\r\n');
  const status = Number(head.split(' ')[1]);
  return { status, headers: head, body: JSON.parse(body) as ErrorBody };
}

function expectStandard(body: ErrorBody, id: string): void {
  expect(Object.keys(body).sort()).toEqual(['error', 'message', 'messageEn']);
  expect(body.error).toBe(id);
  expect(body.message.length).toBeGreaterThan(0);
  expect(body.messageEn.length).toBeGreaterThan(0);
}

describeEachEngine('framework errors', (env) => {
  const inject = async (url: string) => {
    const res = await env().app.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.json() as ErrorBody, raw: res.body, headers: res.headers };
  };

  it('answers an over-long path parameter with 414 uri_too_long, not echoing the path', async () => {
    const secret = `NIK${'9'.repeat(150)}`;
    const r = await inject(`/api/v1/users/${secret}`);
    expect(r.status).toBe(414);
    expectStandard(r.body, 'uri_too_long');
    expect(r.raw).not.toContain('NIK');
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('answers a bad %-encoding with 400 bad_request, not echoing the path', async () => {
    const r = await inject('/api/v1/users/%E0%A4%ZZcanary');
    expect(r.status).toBe(400);
    expectStandard(r.body, 'bad_request');
    expect(r.raw).not.toContain('canary');
  });

  it('answers malformed JSON with 400 bad_request, not quoting the body', async () => {
    const res = await env().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": canary-secret',
    });
    expect(res.statusCode).toBe(400);
    expectStandard(res.json(), 'bad_request');
    expect(res.body).not.toContain('canary');
  });

  it('maps every content-type parser error to the standard body', async () => {
    const res = await env().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-canary' },
      payload: 'canary',
    });
    expect(res.statusCode).toBe(415);
    expectStandard(res.json(), 'unsupported_media_type');
  });

  describe('over a real socket', () => {
    let app: FastifyInstance;
    let port = 0;
    beforeAll(async () => {
      app = env().app;
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      port = typeof address === 'object' && address ? address.port : 0;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
    });

    it('answers a malformed request line with 400 and the standard body', async () => {
      const r = parseRaw(await rawExchange(port, 'GET /api/v1/canary HTTP/9.9 extra\r\n\r\n'));
      expect(r.status).toBe(400);
      expectStandard(r.body, 'bad_request');
      expect(r.headers).not.toContain('canary');
    });

    it('answers headers over the limit with 431 and the standard body', async () => {
      const huge = `GET /api/v1/auth/me HTTP/1.1\r\nHost: x\r\nX-Canary: ${'a'.repeat(20_000)}\r\n\r\n`;
      const r = parseRaw(await rawExchange(port, huge));
      expect(r.status).toBe(431);
      expectStandard(r.body, 'headers_too_large');
    });

    it('still answers a well-formed request on the same server', async () => {
      const r = await rawExchange(port, 'GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      expect(r.split(' ')[1]).toBe('200');
    });
  });
});
