import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../src/errors';
import { expectError } from '../helpers/factories';
import { describeEachEngine, TEST_PASSWORD } from '../helpers/test-env';

/** Parses an inject response and checks it is JSON in our error shape. */
function errorBody(res: LightMyRequestResponse): ErrorBody {
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.json() as ErrorBody;
  expectError({ status: res.statusCode, body, headers: {} }, res.statusCode, body.error);
  return body;
}

describeEachEngine('errors', (env) => {
  describe('unknown routes', () => {
    it('answers 404 route_not_found as JSON for an unknown API path', async () => {
      const client = await env().as('lampung.admin');
      const body = expectError(await client.get('/api/v1/tidak-ada'), 404, 'route_not_found');
      expect(body).toEqual({
        error: 'route_not_found',
        message: 'Alamat API tidak dikenal.',
        messageEn: 'Unknown API route.',
      });
      expectError(await client.post('/api/v1/users/1/tidak-ada', {}), 404, 'route_not_found');
    });

    it('answers 404 route_not_found for a method the route does not have', async () => {
      const res = await env().app.inject({ method: 'DELETE', url: '/api/v1/users/1' });
      expect(res.statusCode).toBe(404);
      expect(errorBody(res).error).toBe('route_not_found');
    });

    it('answers anonymous callers of unknown paths with JSON too', async () => {
      const res = await env().app.inject({ method: 'GET', url: '/api/v2/anything' });
      expect(res.statusCode).toBe(404);
      expect(errorBody(res).error).toBe('route_not_found');
    });
  });

  describe('request bodies', () => {
    it('refuses a JSON body over 1 MiB with 413 payload_too_large', async () => {
      const payload = JSON.stringify({ username: 'admin', password: 'x'.repeat(1024 * 1024 + 10) });
      const res = await env().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode).toBe(413);
      const body = errorBody(res);
      expect(body).toEqual({
        error: 'payload_too_large',
        message: 'Data yang dikirim terlalu besar.',
        messageEn: 'The request body is too large.',
      });
    });

    it('accepts a body just under the limit as far as size goes (then validates it)', async () => {
      const payload = JSON.stringify({ username: 'admin', password: 'x'.repeat(1000 * 1000) });
      const res = await env().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode).toBe(400);
      expect(errorBody(res)).toMatchObject({ error: 'validation_failed', details: [{ field: 'password' }] });
    });

    it('refuses a non-JSON content type on login with our error body', async () => {
      for (const [type, payload] of [
        ['application/xml', '<login><username>admin</username></login>'],
        ['application/x-www-form-urlencoded', `username=admin&password=${TEST_PASSWORD}`],
      ] as const) {
        const res = await env().app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'content-type': type },
          payload,
        });
        expect(res.statusCode, type).toBe(415);
        expect(errorBody(res)).toEqual({
          error: 'unsupported_media_type',
          message: 'Jenis data tidak didukung untuk alamat ini.',
          messageEn: 'Unsupported content type for this address.',
        });
        expect(res.headers['set-cookie']).toBeUndefined();
      }
    });

    it('refuses plain text on login with 415 or 400, never a session', async () => {
      const res = await env().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'text/plain' },
        payload: JSON.stringify({ username: 'admin', password: TEST_PASSWORD }),
      });
      expect([400, 415]).toContain(res.statusCode);
      expect(['unsupported_media_type', 'validation_failed']).toContain(errorBody(res).error);
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('refuses malformed JSON with 400 bad_request', async () => {
      const res = await env().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{"username": "admin", ',
      });
      expect(res.statusCode).toBe(400);
      expect(errorBody(res)).toMatchObject({ error: 'bad_request', message: 'Permintaan tidak valid.' });
    });

    it('refuses a login body without fields with details for each', async () => {
      const client = env().anonymous();
      const body = expectError(await client.post('/api/v1/auth/login', {}), 400, 'validation_failed');
      expect(body.details?.map((d) => d.field).sort()).toEqual(['password', 'username']);
      for (const d of body.details ?? [])
        expect(d).toEqual({ field: d.field, message: 'Wajib diisi.', messageEn: 'Required.' });
    });
  });

  describe('every error body', () => {
    it('has error, message and messageEn strings, and well-formed details', async () => {
      const admin = await env().as('lampung.admin');
      const operator = await env().as('bandarlampung.operator');
      const anon = env().anonymous();
      const replies = [
        await anon.get('/api/v1/auth/me'),
        await anon.login('admin', 'salah-sekali-123'),
        await admin.get('/api/v1/tidak-ada'),
        await admin.get('/api/v1/regions/xx'),
        await admin.get('/api/v1/regions/18.99'),
        await admin.get('/api/v1/regions/52'),
        await operator.get('/api/v1/users'),
        await admin.post('/api/v1/users', { username: '!' }),
        await admin.post('/api/v1/users', {
          username: 'lampung.admin',
          fullName: 'Dua',
          role: 'pimpinan',
          regionCode: '18',
          password: 'sandi-panjang-1',
        }),
        await admin.post('/api/v1/auth/logout', undefined, { csrf: null }),
      ];
      const ids = new Set<string>();
      for (const r of replies) {
        expect(r.status).toBeGreaterThanOrEqual(400);
        const body = r.body as unknown as ErrorBody;
        expect(
          Object.keys(body)
            .filter((k) => k !== 'details')
            .sort(),
        ).toEqual(['error', 'message', 'messageEn']);
        expect(body.error).toMatch(/^[a-z]+(_[a-z]+)*$/);
        expect(typeof body.message).toBe('string');
        expect(typeof body.messageEn).toBe('string');
        expect(body.message).not.toBe('');
        expect(body.messageEn).not.toBe('');
        for (const d of body.details ?? []) {
          expect(typeof d.field).toBe('string');
          expect(typeof d.message).toBe('string');
          expect(typeof d.messageEn).toBe('string');
        }
        ids.add(body.error);
      }
      expect([...ids].sort()).toEqual(
        [
          'csrf_token_invalid',
          'forbidden',
          'invalid_credentials',
          'not_authenticated',
          'out_of_scope',
          'region_not_found',
          'route_not_found',
          'username_taken',
          'validation_failed',
        ].sort(),
      );
    });
  });
});
