import type { PrintQueuePage } from '@sigap/contracts';
import { isVoter, mustHoldId, officeToday, type ResidentRecord } from '@sigap/domain';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { factsOf } from '../../src/modules/residents';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';

const VOTING_DAY = '2029-11-28';

/** Residents whose facts straddle every rule the queue reads: age by today and by voting day, marriage,
 * citizenship and stay permit, death, and the recording date. */
const person = fc.record({
  village: fc.integer({ min: 0, max: 3 }),
  birthYear: fc.integer({ min: 2008, max: 2014 }),
  married: fc.boolean(),
  kind: fc.constantFrom('WNI', 'WNI', 'WNI', 'KITAP', 'KITAS', 'DEAD'),
  // Few distinct dates, so ties fall to the id.
  recorded: fc.integer({ min: 0, max: 12 }),
});

describeEachEngine('print queue in SQL', (env) => {
  it('orders and pages in the database exactly as the rules order the whole backlog', async () => {
    const villages = (
      await env()
        .handle.db.selectFrom('regions')
        .select('code')
        .where('level', '=', 'village')
        .where('code', 'like', '18.71.%')
        .orderBy('code')
        .execute()
    ).map((r) => r.code);
    // Two villages of the first district and two of the last, so district grouping is exercised.
    const picks = [villages[0], villages[1], villages.at(-2), villages.at(-1)] as string[];
    const people = fc.sample(fc.array(person, { minLength: 40, maxLength: 40 }), {
      seed: 1313,
      numRuns: 1,
    })[0];
    const overrides: Partial<ResidentRecord>[] = (people ?? []).map((p, i) => ({
      villageCode: picks[p.village],
      birthDate: `${p.birthYear}-0${(i % 9) + 1}-1${i % 9}`,
      maritalStatus: p.married ? 'KAWIN' : 'BELUM_KAWIN',
      citizenship: p.kind === 'KITAP' || p.kind === 'KITAS' ? 'WNA' : 'WNI',
      stayPermit: p.kind === 'KITAP' || p.kind === 'KITAS' ? p.kind : null,
      lifeStatus: p.kind === 'DEAD' ? 'DECEASED' : 'ALIVE',
      lifeStatusDate: p.kind === 'DEAD' ? '2025-01-01' : null,
      recordingDate: new Date(Date.UTC(2020, 0, 1 + p.recorded * 40)).toISOString().slice(0, 10),
      fullName: `URUT ${i}`,
    }));
    const out = await seedResidents(
      env(),
      overrides.map((o) => buildResident({ recordingStatus: 'PRINT_READY_RECORD', ...o })),
    );
    expect(out.rejected).toEqual([]);
    const admin = await env().as('admin');
    expect(
      (
        await admin.post('/api/v1/elections', {
          name: 'Pilkada Uji Urutan',
          kind: 'pilkada',
          votingDate: VOTING_DAY,
          regionCodes: ['18.71'],
        })
      ).status,
    ).toBe(201);

    // The reference: every PRR resident read back, filtered and sorted by the domain rules in memory.
    const today = officeToday('18.71');
    const rows = await env()
      .handle.db.selectFrom('residents')
      .selectAll()
      .where('village_code', 'like', '18.71.%')
      .where('recording_status', '=', 'PRINT_READY_RECORD')
      .where('print_status', '=', 'NOT_PRINTED')
      .execute();
    const history = await env()
      .handle.db.selectFrom('resident_history')
      .select(['resident_id', 'event_date', 'recorded_at'])
      .where('field', '=', 'recording')
      .where('to_value', '=', 'PRINT_READY_RECORD')
      .execute();
    const sinceOf = (id: number, recorded: string | null) =>
      history
        .filter((h) => h.resident_id === id)
        .map((h) => h.event_date ?? h.recorded_at.slice(0, 10))
        .sort()
        .at(-1) ?? recorded;
    const expected = rows
      .filter((r) => mustHoldId(factsOf(r), today))
      .map((r) => ({
        id: r.id,
        voter: isVoter(factsOf(r), VOTING_DAY),
        district: r.village_code.split('.').slice(0, 3).join('.'),
        since: sinceOf(r.id, r.recording_date),
      }))
      .sort(
        (a, b) =>
          Number(b.voter) - Number(a.voter) ||
          a.district.localeCompare(b.district) ||
          (a.since ?? '9999').localeCompare(b.since ?? '9999') ||
          a.id - b.id,
      );
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.some((e) => !e.voter)).toBe(true);

    const op = await env().as('bandarlampung.operator');
    const got: { id: number; voter: boolean }[] = [];
    for (let page = 1; ; page++) {
      const r = await op.get<PrintQueuePage>(`/api/v1/prints/queue?office=18.71&page=${page}&pageSize=7`);
      expect(r.status).toBe(200);
      expect(r.body.total).toBe(expected.length);
      got.push(...r.body.items.map((i) => ({ id: i.id, voter: i.voter })));
      if (r.body.items.length < 7) break;
    }
    expect(got).toEqual(expected.map((e) => ({ id: e.id, voter: e.voter })));

    // Filters narrow the same order: a district, a village, a NIK prefix, a name part.
    const district = expected[0]?.district ?? '';
    const inDistrict = await op.get<PrintQueuePage>(
      `/api/v1/prints/queue?office=18.71&district=${district}&pageSize=200`,
    );
    expect(inDistrict.body.items.map((i) => i.id)).toEqual(
      expected.filter((e) => e.district === district).map((e) => e.id),
    );
    const one = rows.find((r) => r.id === expected[3]?.id);
    const byNik = await op.get<PrintQueuePage>(`/api/v1/prints/queue?office=18.71&q=${one?.nik}`);
    expect(byNik.body.items.map((i) => i.id)).toEqual([one?.id]);
    const byName = await op.get<PrintQueuePage>(
      `/api/v1/prints/queue?office=18.71&q=${encodeURIComponent(one?.full_name.toLowerCase() ?? '')}`,
    );
    expect(byName.body.items.map((i) => i.id)).toContain(one?.id);
  });
});
