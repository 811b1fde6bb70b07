import type { Election } from '@sigap/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connect';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';

/** Inserted directly: the test is about reading elections, not about who may create them. */
async function addElection(db: Db['db'], name: string, regionCodes: string[]): Promise<number> {
  const row = await db
    .insertInto('elections')
    .values({
      name,
      kind: 'pilkada',
      voting_date: '2029-11-28',
      region_codes: JSON.stringify(regionCodes),
      created_at: new Date().toISOString(),
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every read that takes an election id, for a region inside the reader's own scope. */
const READS = (region: string, id: number) => [
  `/api/v1/coverage?region=${region}&election=${id}`,
  `/api/v1/forecast?region=${region}&election=${id}`,
  `/api/v1/forecast/children?region=${region}&election=${id}`,
  `/api/v1/watchlist?region=${region}&election=${id}`,
];

describeEachEngine('election reads by id', (env) => {
  const ids = { ntb: 0, bandarLampung: 0, lampung: 0, village: 0, pemilu: 0 };

  beforeAll(async () => {
    const db = env().handle.db;
    ids.ntb = await addElection(db, 'Pilkada Lombok Barat 2029', ['52.01']);
    ids.bandarLampung = await addElection(db, 'Pilkada Bandar Lampung 2029', ['18.71']);
    ids.lampung = await addElection(db, 'Pilgub Lampung 2029', ['18']);
    ids.village = await addElection(db, 'Pilkades Uji 2029', ['18.71.01.1003']);
    const pemilu = await db
      .selectFrom('elections')
      .select('id')
      .where('name', '=', 'Pemilu 2024')
      .executeTakeFirstOrThrow();
    ids.pemilu = pemilu.id;
  });

  it("answers another province's election as not found, exactly like an unknown id", async () => {
    const admin = await env().as('lampung.admin');
    for (const url of [...READS('18', ids.ntb), ...READS('18.71', ids.ntb)]) {
      const hidden = expectError(await admin.get(url), 404, 'election_not_found');
      const unknown = expectError(
        await admin.get(url.replace(`=${ids.ntb}`, '=999999')),
        404,
        'election_not_found',
      );
      expect(hidden.messageEn.replace(String(ids.ntb), 'N')).toBe(unknown.messageEn.replace('999999', 'N'));
      expect(JSON.stringify(hidden)).not.toContain('52');
    }
  });

  it('lets a regency user read elections of its region, of the regions above it and inside it', async () => {
    const operator = await env().as('bandarlampung.operator');
    for (const id of [ids.pemilu, ids.lampung, ids.bandarLampung, ids.village]) {
      for (const url of READS('18.71', id)) {
        const r = await operator.get(url);
        expect(r.status, `${url}: ${JSON.stringify(r.body)}`).toBe(200);
      }
    }
    for (const url of READS('18.71', ids.ntb))
      expectError(await operator.get(url), 404, 'election_not_found');
  });

  it('lets the owner of the scope and the superadmin read it', async () => {
    const ntb = await env().as('ntb.admin');
    const admin = await env().as('admin');
    for (const url of READS('52', ids.ntb)) {
      expect((await ntb.get(url)).status, url).toBe(200);
      expect((await admin.get(url)).status, url).toBe(200);
    }
  });

  describe('public dashboard', () => {
    it('lists elections of the regions it shows, with village codes left out', async () => {
      const anon = env().anonymous();
      const r = await anon.get<{ items: Election[] }>('/api/public/elections');
      expect(r.status).toBe(200);
      const byId = new Map(r.body.items.map((e) => [e.id, e]));
      expect(byId.has(ids.village)).toBe(false);
      expect(byId.get(ids.ntb)?.regionCodes).toEqual(['52.01']);
      for (const e of r.body.items) {
        for (const code of e.regionCodes) expect(code.split('.').length).toBeLessThan(4);
      }
    });

    it('answers a village-only election as not found on the public coverage', async () => {
      const anon = env().anonymous();
      const url = (id: number) => `/api/public/coverage?region=18.71&election=${id}`;
      expectError(await anon.get(url(ids.village)), 404, 'election_not_found');
      expect((await anon.get(url(ids.bandarLampung))).status).toBe(200);
    });
  });
});
