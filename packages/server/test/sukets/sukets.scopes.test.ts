import type { SuketReply } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { futureElection, resident } from './helpers';

async function suketCount(env: TestEnv): Promise<number> {
  const r = await env.handle.db
    .selectFrom('sukets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * An office outside the resident's region neither sees, issues, opens, downloads nor revokes a suket there,
 * and nothing is written when it tries; only a national user rotates the signing key.
 */
describeEachEngine('suket scopes', (env) => {
  it('keeps NTB out of a Lampung resident and suket, writing nothing', async () => {
    const el = await futureElection(env());
    const id = await resident(env());
    const issued = await (await env().as('bandarlampung.operator')).post<SuketReply>(
      `/api/v1/sukets/residents/${id}`,
      { electionId: el },
    );
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const s = issued.body.suket;
    const ntb = await env().as('lombokbarat.operator');
    const before = await suketCount(env());

    expectError(await ntb.get('/api/v1/sukets?region=18.71'), 403, 'out_of_scope');
    expectError(await ntb.get('/api/v1/sukets/undelivered?region=18.71'), 403, 'out_of_scope');
    expect((await ntb.get(`/api/v1/sukets/residents/${id}/eligibility?electionId=${el}`)).status).toBeOneOf([
      403, 404,
    ]);
    expect((await ntb.post(`/api/v1/sukets/residents/${id}`, { electionId: el })).status).toBeOneOf([
      403, 404,
    ]);
    expect((await ntb.get(`/api/v1/sukets/${s.id}`)).status).toBe(404);
    expect((await ntb.get(`/api/v1/sukets/${s.id}/pdf`)).status).toBe(404);
    expect((await ntb.post(`/api/v1/sukets/${s.id}/revoke`, { reason: 'Bukan wilayahnya' })).status).toBe(
      404,
    );
    expect((await ntb.post(`/api/v1/sukets/${s.id}/send-by-hand`, {})).status).toBe(404);
    expect(await suketCount(env())).toBe(before);
    const opened = await env()
      .handle.db.selectFrom('messages')
      .select('state')
      .where('idempotency_key', '=', `suket_issued:${s.id}`)
      .execute();
    expect(opened.map((m) => m.state)).not.toContain('sent_by_hand');

    const own = await ntb.get<{ items: { id: number }[] }>('/api/v1/sukets');
    expect(own.status).toBe(200);
    expect(own.body.items.map((i) => i.id)).not.toContain(s.id);

    const province = await env().as('lampung.admin');
    expectError(await province.post('/api/v1/sukets/keys/rotate', {}), 403, 'out_of_scope');
  });
});
