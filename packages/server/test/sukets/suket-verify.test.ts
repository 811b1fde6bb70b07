import * as ed from '@noble/ed25519';
import type { SuketKeysReply, SuketReply, SuketStatusListReply, VerifySuketReply } from '@sigap/contracts';
import { fromBase64Url, parseSuketToken, suketSigningInput, toBase64Url } from '@sigap/domain';
import { expect, it } from 'vitest';
import { rotateSigningKey } from '../../src/modules/sukets/suket-keys';
import { describeEachEngine } from '../helpers/test-env';
import { futureElection, patchResident, resident } from './helpers';

describeEachEngine('sukets: verification and life cycle', (env) => {
  const issued = async (o = {}) => {
    const el = await futureElection(env());
    const op = await env().as('bandarlampung.operator');
    const r = await op.post<SuketReply>(`/api/v1/sukets/residents/${await resident(env(), o)}`, {
      electionId: el,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.suket;
  };
  const verify = async (q: string) =>
    (await env().anonymous().get<VerifySuketReply>(`/api/v1/sukets/verify?${q}`)).body;

  it('signs a token that an independent Ed25519 implementation verifies with the published key', async () => {
    const s = await issued();
    const keys = (await env().anonymous().get<SuketKeysReply>('/api/v1/sukets/keys')).body.keys;
    const parsed = parseSuketToken(s.token);
    const key = keys.find((k) => k.kid === parsed?.kid);
    expect(key).toBeDefined();
    const [kid, payload, sig] = s.token.split('.') as [string, string, string];
    const ok = await ed.verifyAsync(
      fromBase64Url(sig),
      new TextEncoder().encode(`${kid}.${payload}`),
      fromBase64Url(key?.x ?? ''),
    );
    expect(ok).toBe(true);
    expect(parsed?.claims).toMatchObject({
      n: s.number,
      k4: expect.stringMatching(/^\d{4}$/),
      vu: '2099-12-31',
    });
    expect(Object.keys(parsed?.claims ?? {}).sort()).toEqual(['by', 'k4', 'n', 'nm', 'r', 'vf', 'vu']);
    const v = await verify(`token=${s.token}`);
    expect(v).toMatchObject({ verdict: 'valid', reason: 'valid', number: s.number, nikLast4: s.nikLast4 });
    expect(JSON.stringify(v)).not.toContain('PENDUDUK UJI');
  });

  it('refuses a tampered token, an unknown key and garbage, each with its reason, and logs them', async () => {
    const s = await issued();
    const p = parseSuketToken(s.token);
    if (!p) throw new Error('token');
    const sig = s.token.split('.')[2] as string;
    const tampered = `${suketSigningInput(p.kid, { ...p.claims, vu: '2199-12-31' })}.${sig}`;
    expect(await verify(`token=${tampered}`)).toMatchObject({ verdict: 'unknown', reason: 'bad_signature' });
    const priv = ed.utils.randomSecretKey();
    const text = suketSigningInput('forged-key', p.claims);
    const forged = `${text}.${toBase64Url(await ed.signAsync(new TextEncoder().encode(text), priv))}`;
    const f = await verify(`token=${forged}`);
    expect(f).toMatchObject({ verdict: 'unknown', reason: 'unknown_key' });
    expect(f.messageEn).toMatch(/Unknown signing key/);
    expect(await verify('token=abc')).toMatchObject({ reason: 'malformed' });
    expect(await verify('number=471.13/9999/DUKCAPIL/1999')).toMatchObject({ reason: 'not_found' });
    const logged = await env().handle.db.selectFrom('suket_verifications').select('reason').execute();
    expect(logged.map((l) => l.reason)).toEqual(
      expect.arrayContaining(['bad_signature', 'unknown_key', 'malformed']),
    );
  });

  it('keeps verifying what a rotated key signed', async () => {
    const before = await issued();
    const kid = await rotateSigningKey(env().handle);
    const after = await issued();
    expect(after.kid).toBe(kid);
    expect(before.kid).not.toBe(kid);
    expect((await verify(`token=${before.token}`)).verdict).toBe('valid');
    const keys = (await env().anonymous().get<SuketKeysReply>('/api/v1/sukets/keys')).body.keys;
    expect(keys.find((k) => k.kid === before.kid)?.retiredAt).not.toBeNull();
  });

  it('supersedes on print and revokes on death through the write path; the status list shows them', async () => {
    const printed = await issued({ villageCode: '18.71.01.1003' });
    const dead = await issued({ villageCode: '18.71.01.1003' });
    await patchResident(env(), printed.residentId, {
      recordingStatus: 'PRINT_READY_RECORD',
      printStatus: 'PRINTED',
      printedDate: '2026-01-05',
    });
    await patchResident(env(), dead.residentId, { lifeStatus: 'DECEASED', lifeStatusDate: '2026-01-06' });
    expect(await verify(`token=${printed.token}`)).toMatchObject({
      verdict: 'superseded',
      reason: 'superseded_by_card',
    });
    expect(await verify(`token=${dead.token}`)).toMatchObject({
      verdict: 'revoked',
      reason: 'revoked_deceased',
    });
    const list = (
      await env().anonymous().get<SuketStatusListReply>('/api/v1/sukets/status-list?region=18.71.01')
    ).body;
    expect(list.superseded).toContain(printed.number);
    expect(list.revoked).toContain(dead.number);
    expect(Date.parse(list.asOf)).toBeGreaterThan(0);
  });

  it('revokes by hand with a reason (once), and scopes the office routes', async () => {
    const s = await issued();
    const ntb = await env().as('lombokbarat.operator');
    expect((await ntb.get(`/api/v1/sukets/${s.id}`)).status).toBe(404);
    expect((await ntb.post(`/api/v1/sukets/${s.id}/revoke`, { reason: 'Salah orang' })).status).toBe(404);
    const pimpinan = await env().as('lampung.pimpinan');
    expect((await pimpinan.post(`/api/v1/sukets/${s.id}/revoke`, { reason: 'Salah orang' })).status).toBe(
      403,
    );
    expect((await pimpinan.get(`/api/v1/sukets?region=18.71`)).status).toBe(200);
    const op = await env().as('bandarlampung.operator');
    const r = await op.post<SuketReply>(`/api/v1/sukets/${s.id}/revoke`, { reason: 'Data ganda' });
    expect(r.body.suket.status).toBe('revoked');
    expect((await op.post(`/api/v1/sukets/${s.id}/revoke`, { reason: 'Data ganda' })).status).toBe(409);
    expect(await verify(`number=${encodeURIComponent(s.number)}`)).toMatchObject({
      verdict: 'revoked',
      reason: 'revoked',
    });
    // The resident's copy opens by the random key of the WhatsApp link, not by the QR token.
    const { pdf_key } = await env()
      .handle.db.selectFrom('sukets')
      .select('pdf_key')
      .where('id', '=', s.id)
      .executeTakeFirstOrThrow();
    const pdf = await env().app.inject({ method: 'GET', url: `/api/v1/sukets/pdf/${pdf_key}` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.startsWith('%PDF')).toBe(true);
  });
});
