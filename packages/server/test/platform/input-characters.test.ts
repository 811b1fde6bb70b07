import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { hasForbiddenCharacters } from '../../src/http/input-characters';
import { expectError } from '../helpers/factories';
import { loginSession, multipartBody, type Session } from '../helpers/multipart';
import { describeEachEngine } from '../helpers/test-env';

/** NUL (PostgreSQL refuses it: it was a 500), BEL (another C0 control), RLO (reorders what a reader sees). */
const BAD = ['\u0000', '\u0007', '\u202e'] as const;
const label = (c: string) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}

interface Probe {
  method: string;
  url: string;
  body?: Record<string, string>;
  field: string;
}

/**
 * Every string input of every route in the OpenAPI document the app builds from its route schemas:
 * each path parameter, each query parameter and each body property, one probe per input. Routes added
 * later are probed without touching this test.
 */
function probesFor(app: FastifyInstance, bad: string): Probe[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, Operation>> };
  const probes: Probe[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const [method, op] of Object.entries(ops)) {
      const params = op.parameters ?? [];
      // Path parameters get a harmless value, except the one probed.
      const fill = (probed?: string) =>
        path.replace(/\{(\w+)\}/g, (_m, name: string) =>
          encodeURIComponent(name === probed ? `1${bad}` : '1'),
        );
      for (const p of params.filter((p) => p.in === 'path')) {
        probes.push({ method, url: fill(p.name), field: p.name });
      }
      for (const p of params.filter((p) => p.in === 'query')) {
        probes.push({ method, url: `${fill()}?${p.name}=${encodeURIComponent(`a${bad}b`)}`, field: p.name });
      }
      const props = op.requestBody?.content?.['application/json']?.schema?.properties ?? {};
      for (const name of Object.keys(props)) {
        probes.push({ method, url: fill(), body: { [name]: `Nama ${bad} Uji` }, field: name });
      }
    }
  }
  return probes;
}

async function send(app: FastifyInstance, session: Session | null, p: Probe) {
  const res = await app.inject({
    method: p.method.toUpperCase() as 'GET',
    url: p.url,
    headers: session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {},
    remoteAddress: '10.0.0.7',
    ...(p.body ? { payload: p.body } : {}),
  });
  return { status: res.statusCode, body: res.json() as Record<string, unknown>, raw: res.body };
}

describe('hasForbiddenCharacters', () => {
  it('refuses controls, bidi overrides and lone surrogates; allows tab, newlines, accents and marks', () => {
    for (const c of [...BAD, '\u001b', '\u007f', '\u0085', '\u2066', '\ud800', 'a\udc00']) {
      expect(hasForbiddenCharacters(`x${c}y`), label(c)).toBe(true);
    }
    for (const ok of ['Désa Sukamaju\r\n\tRT 02', 'Ṣalīḥ', '\u200f', 'Gede 😀', 'Nyoman Ñ']) {
      expect(hasForbiddenCharacters(ok), ok).toBe(false);
    }
  });
});

describeEachEngine('input characters', (env) => {
  for (const bad of BAD) {
    it(`refuses ${label(bad)} in every route's string inputs with 400 invalid_characters`, async () => {
      const { app } = env();
      const session = await loginSession(app, 'admin');
      // A few actions are not the superadmin's (a regency sends its own daily report): the role check
      // comes first, so those routes are probed as a regency operator.
      const operator = await loginSession(app, 'bandarlampung.operator');
      const probes = probesFor(app, bad);
      expect(probes.length).toBeGreaterThan(40);
      for (const p of probes) {
        let r = await send(app, session, p);
        if (r.status === 403 && r.body.error === 'forbidden') r = await send(app, operator, p);
        const where = `${p.method} ${p.url} ${p.field}`;
        expect(r.status, `${where}: ${r.raw.slice(0, 200)}`).toBe(400);
        expect(r.body.error, where).toBe('invalid_characters');
        expect(r.body.details, where).toEqual([expect.objectContaining({ field: p.field })]);
        expect(r.raw, where).not.toContain(bad === '\u0000' ? '\\u0000' : bad);
      }
    });
  }

  it('refuses a NUL in an anonymous login (was a 500 on PostgreSQL)', async () => {
    const res = await env().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin\u0000', password: 'whatever-password' },
    });
    expectError({ status: res.statusCode, body: res.json(), headers: {} }, 400, 'invalid_characters');
  });

  it('treats a session cookie with a NUL as no session (was a 500 on PostgreSQL)', async () => {
    const res = await env().app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: 'sigap_session=abc%00def' },
    });
    expect(res.statusCode).toBe(401);
  });

  it('refuses a C1 control in the User-Agent, which a login stores with the session', async () => {
    const res = await env().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'user-agent': 'Mozilla\u0085canary' },
      payload: { username: 'admin', password: 'whatever-password' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_characters', details: [{ field: 'user-agent' }] });
    expect(res.body).not.toContain('canary');
  });

  it('refuses a control character in an upload file name, without echoing it', async () => {
    const { app } = env();
    const session = await loginSession(app, 'bandarlampung.operator');
    for (const bad of BAD) {
      const { payload, contentType } = await multipartBody({
        fileName: `data${bad}.csv`,
        bytes: new TextEncoder().encode('NIK,NAMA\n'),
        contentType: 'text/csv',
      });
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/imports/uploads',
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': contentType },
        payload,
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalid_characters', details: [{ field: 'file' }] });
      expect(res.body).not.toContain('data');
    }
  });

  it('accepts Indonesian names with accents, and tabs and newlines in text', async () => {
    const { app } = env();
    const session = await loginSession(app, 'admin');
    const create = await send(app, session, {
      method: 'post',
      url: '/api/v1/users',
      field: 'fullName',
      body: {
        username: `desi.ayu.${env().engine}`,
        fullName: 'Ni Komang Désy Ayu Ṣāliḥah',
        role: 'operator_kabkota',
        regionCode: '18.71',
        password: 'sandi-uji-rahasia-1',
      },
    });
    expect(create.status, create.raw).toBe(201);
    const search = await send(app, session, {
      method: 'get',
      url: `/api/v1/residents?q=${encodeURIComponent('Désy')}`,
      field: 'q',
    });
    expect(search.status, search.raw).toBe(200);
    const multiLine = await send(app, session, {
      method: 'post',
      url: '/api/v1/users',
      field: 'fullName',
      body: { fullName: 'Baris satu\r\n\tbaris dua' },
    });
    expect(multiLine.body.error).not.toBe('invalid_characters');
  });
});
