import type { Election } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { clientFor } from '../helpers/client';
import { createUserVia, expectError } from '../helpers/factories';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';

interface ElectionList {
  items: Election[];
}

function pilkada(regionCodes: string[], name = `Pilkada Uji ${regionCodes.join(' ')}`) {
  return { name, kind: 'pilkada', votingDate: '2029-11-28', regionCodes };
}

async function names(env: TestEnv, username: string): Promise<string[]> {
  const r = await (await env.as(username)).get<ElectionList>('/api/v1/elections');
  expect(r.status).toBe(200);
  return r.body.items.map((e) => e.name);
}

async function stored(env: TestEnv, name: string): Promise<number> {
  const r = await env.handle.db
    .selectFrom('elections')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describeEachEngine('elections scopes', (env) => {
  describe('lampung.admin (admin_provinsi, 18)', () => {
    it('cannot add an election for NTB or the nation (403 out_of_scope)', async () => {
      const admin = await env().as('lampung.admin');
      for (const codes of [['52'], ['52.01'], ['18.71', '52.01'], ['ID']]) {
        const body = pilkada(codes);
        const err = expectError(await admin.post('/api/v1/elections', body), 403, 'out_of_scope');
        expect(err.message).not.toMatch(/52|ID/); // never echoes a region code (issue 9)
        expect(await stored(env(), body.name)).toBe(0);
      }
    });

    it('may add one for its whole province', async () => {
      const admin = await env().as('lampung.admin');
      const r = await admin.post('/api/v1/elections', pilkada(['18'], 'Pilgub Lampung 2029'));
      expect(r.status).toBe(201);
    });
  });

  describe('roles that may not manage elections', () => {
    it('operator, loket and pimpinan get 403 forbidden', async () => {
      for (const username of ['bandarlampung.operator', 'bandarlampung.loket', 'lampung.pimpinan']) {
        const client = await env().as(username);
        const body = pilkada(['18.71'], `Pilkada oleh ${username}`);
        expectError(await client.post('/api/v1/elections', body), 403, 'forbidden');
        expect(await stored(env(), body.name)).toBe(0);
      }
    });

    it('a verifikator reads elections but may not add one', async () => {
      const admin = await env().as('admin');
      const user = await createUserVia(admin, { role: 'verifikator', regionCode: '18.71' });
      const kpu = clientFor(env().app, '10.0.0.7');
      expect((await kpu.login(user.username, user.password)).status).toBe(200);
      expect((await kpu.get('/api/v1/elections')).status).toBe(200);
      expectError(await kpu.post('/api/v1/elections', pilkada(['18.71'])), 403, 'forbidden');
    });

    it('anonymous gets 401', async () => {
      const anon = env().anonymous();
      expectError(await anon.get('/api/v1/elections'), 401, 'not_authenticated');
      expectError(await anon.post('/api/v1/elections', pilkada(['18.71'])), 401, 'not_authenticated');
    });
  });

  describe('who sees a regional election', () => {
    it('those inside or above its region, not NTB', async () => {
      const admin = await env().as('lampung.admin');
      const name = 'Pilkada Kota Bandar Lampung (lingkup)';
      expect((await admin.post('/api/v1/elections', pilkada(['18.71'], name))).status).toBe(201);
      for (const username of ['admin', 'lampung.admin', 'lampung.pimpinan', 'bandarlampung.operator'])
        expect(await names(env(), username), username).toContain(name);
      for (const username of ['ntb.admin', 'lombokbarat.operator'])
        expect(await names(env(), username), username).not.toContain(name);
    });
  });
});
