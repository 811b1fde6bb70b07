import type { Election } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { detailFields, expectError } from '../helpers/factories';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';

interface ElectionList {
  items: Election[];
}

const PILKADA_KOTA = {
  name: 'Pilkada Kota Bandar Lampung 2029',
  kind: 'pilkada',
  votingDate: '2029-11-28',
  regionCodes: ['18.71'],
};

async function electionCount(env: TestEnv): Promise<number> {
  const r = await env.handle.db
    .selectFrom('elections')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describeEachEngine('elections', (env) => {
  describe('list', () => {
    it('has the default Pemilu 2024 and Pilkada Serentak 2024, newest first', async () => {
      const op = await env().as('bandarlampung.operator');
      const r = await op.get<ElectionList>('/api/v1/elections');
      expect(r.status).toBe(200);
      const defaults = r.body.items.filter((e) => e.regionCodes.includes('ID'));
      expect(defaults).toEqual([
        expect.objectContaining({
          name: 'Pilkada Serentak 2024',
          kind: 'pilkada',
          votingDate: '2024-11-27',
          regionCodes: ['ID'],
        }),
        expect.objectContaining({
          name: 'Pemilu 2024',
          kind: 'pemilu',
          votingDate: '2024-02-14',
          regionCodes: ['ID'],
        }),
      ]);
      const dates = r.body.items.map((e) => e.votingDate);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it('is open to every role, the verifikator and pimpinan included', async () => {
      for (const username of ['admin', 'lampung.pimpinan', 'bandarlampung.loket', 'ntb.admin']) {
        const r = await (await env().as(username)).get<ElectionList>('/api/v1/elections');
        expect(r.status, username).toBe(200);
        expect(
          r.body.items.map((e) => e.name),
          username,
        ).toEqual(expect.arrayContaining(['Pemilu 2024', 'Pilkada Serentak 2024']));
      }
    });
  });

  describe('create', () => {
    it('lampung.admin adds a pilkada for 18.71 (201, audited election.create)', async () => {
      const admin = await env().as('lampung.admin');
      const r = await admin.post<{ election: Election }>('/api/v1/elections', PILKADA_KOTA);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      const e = r.body.election;
      expect(e).toEqual({ id: expect.any(Number), ...PILKADA_KOTA, target: 1, demo: false });

      const audit = await env()
        .handle.db.selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'election.create')
        .where('entity_id', '=', String(e.id))
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ username: 'lampung.admin', entity: 'election', region_code: '18.71' });
      expect(JSON.parse(audit[0]?.summary ?? '{}')).toMatchObject({ name: PILKADA_KOTA.name });

      const stored = await env()
        .handle.db.selectFrom('elections')
        .selectAll()
        .where('id', '=', e.id)
        .executeTakeFirstOrThrow();
      expect(stored.created_by).not.toBeNull();

      // Newest first: the 2029 election now heads the list of those who can see it.
      const list = await (await env().as('bandarlampung.operator')).get<ElectionList>('/api/v1/elections');
      expect(list.body.items[0]?.id).toBe(e.id);
    });

    it('the superadmin adds a national election', async () => {
      const admin = await env().as('admin');
      const r = await admin.post<{ election: Election }>('/api/v1/elections', {
        name: 'Pemilu 2029',
        kind: 'pemilu',
        votingDate: '2029-02-14',
        regionCodes: ['ID'],
      });
      expect(r.status).toBe(201);
      expect(r.body.election.regionCodes).toEqual(['ID']);
    });

    it('refuses bad input with 400 validation_failed and stores nothing', async () => {
      const admin = await env().as('lampung.admin');
      const before = await electionCount(env());
      const cases: [Record<string, unknown>, string][] = [
        [{ ...PILKADA_KOTA, votingDate: '2029-02-30' }, 'votingDate'],
        [{ ...PILKADA_KOTA, votingDate: '28-11-2029' }, 'votingDate'],
        [{ ...PILKADA_KOTA, votingDate: 'besok' }, 'votingDate'],
        [{ ...PILKADA_KOTA, kind: 'pilpres' }, 'kind'],
        [{ ...PILKADA_KOTA, name: 'P' }, 'name'],
        [{ ...PILKADA_KOTA, regionCodes: [] }, 'regionCodes'],
        [{ ...PILKADA_KOTA, regionCodes: ['18.7'] }, 'regionCodes.0'],
        [{ ...PILKADA_KOTA, regionCodes: ['18.99'] }, 'regionCodes'],
      ];
      for (const [body, field] of cases) {
        const err = expectError(await admin.post('/api/v1/elections', body), 400, 'validation_failed');
        expect(detailFields(err), JSON.stringify(body)).toContain(field);
      }
      expect(await electionCount(env())).toBe(before);
    });
  });
});
