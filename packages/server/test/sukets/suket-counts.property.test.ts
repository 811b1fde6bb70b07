import { addDays, turns17On } from '@sigap/domain';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { ensureElections } from '../../src/modules/elections';
import { listChildRegionsFor } from '../../src/modules/regions';
import { applyResidentWrites } from '../../src/modules/residents/resident-write.service';
import { rebuildSuketCounts } from '../../src/modules/sukets/suket-counts.repository';
import { EMPTY_SUKET_COUNTS, suketCountsMany } from '../../src/modules/sukets/suket-figures.repository';
import { scanSuketCounts } from '../helpers/suket-scan';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { IMPORT_META, sortedJson } from '../residents/seed-residents';
import { applyOp, op, person, suketDay, toRecord, VOTING_DAYS } from './suket-ops';

/**
 * Issue 17: the suket counters (migration 0040) answer what the scan of the suket rows answered, after random
 * issues, revocations, supersedes by a printed card, expiry, and holder deaths, moves, marriages, birth date,
 * citizenship and village changes, for every level, random days, elections and "not printed now".
 */
const REGIONS = ['ID', '18', '18.71', '18.71.01', '18.71.01.1001', '52', '18.01'];

/** The days where a figure may change: every boundary of the stored sukets, holders and elections. */
async function boundaryDays(env: TestEnv): Promise<string[]> {
  const { db } = env.handle;
  const sukets = await db.selectFrom('sukets').select(['valid_from', 'valid_until', 'ended_on']).execute();
  const people = await db.selectFrom('residents').select(['birth_date', 'life_status_date']).execute();
  const out = new Set<string>();
  for (const s of sukets) {
    out.add(s.valid_from);
    out.add(s.valid_until);
    out.add(addDays(s.valid_until, 1));
    if (s.ended_on) out.add(s.ended_on);
  }
  for (const p of people) {
    out.add(turns17On(p.birth_date));
    if (p.life_status_date) out.add(p.life_status_date);
  }
  for (const v of VOTING_DAYS) out.add(addDays(v, 1));
  // Either side of a month's start too: a read sums whole months before the month of its day.
  for (const d of [...out]) {
    out.add(`${d.slice(0, 7)}-01`);
    out.add(addDays(`${d.slice(0, 7)}-01`, -1));
  }
  return [...out];
}

describeEachEngine('suket counters equal the scan of the suket rows', (env) => {
  it('after random issues, ends and holder changes, for every level, day, election and option', async () => {
    const { db } = env().handle;
    await ensureElections(
      env().handle,
      VOTING_DAYS.map((votingDate) => ({
        name: `Pemilu Uji Hitung ${votingDate}`,
        kind: 'pemilu' as const,
        votingDate,
        regionCodes: ['ID'],
      })),
    );
    const elections = (
      await db
        .selectFrom('elections')
        .select(['id', 'voting_date'])
        .where('name', 'like', 'Pemilu Uji Hitung %')
        .orderBy('id')
        .execute()
    ).map((e) => ({ id: Number(e.id), votingDate: e.voting_date }));
    const children = new Map<string, string[]>();
    for (const region of REGIONS)
      children.set(
        region,
        (await listChildRegionsFor(db, region)).map((c) => c.code),
      );
    let compared = 0;
    let covered = 0;
    let superseded = 0;
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(person, { minLength: 1, maxLength: 8 }),
        fc.array(op, { minLength: 5, maxLength: 30 }),
        fc.array(suketDay, { maxLength: 4 }),
        async (people, ops, extraDays) => {
          for (const t of [
            'suket_events',
            'sukets',
            'suket_counts',
            'suket_counts_month',
            'residents',
          ] as const)
            await db.deleteFrom(t).execute();
          const records = people.map((p, i) => toRecord(p, i + 1));
          const seeded = await db.transaction().execute((trx) =>
            applyResidentWrites(
              trx,
              env().handle.store,
              records.map((record) => ({ kind: 'upsert', record })),
              IMPORT_META,
            ),
          );
          expect(seeded.rejected).toEqual([]);
          const ids = (await db.selectFrom('residents').select('id').orderBy('id').execute()).map(
            (x) => x.id,
          );
          for (const o of ops) if (await applyOp(env(), ids, elections, o)) applied++;
          const boundaries = await boundaryDays(env());
          const step = Math.max(1, Math.ceil(boundaries.length / 16));
          const days = [...extraDays, ...VOTING_DAYS, ...boundaries.filter((_, k) => k % step === 0)];
          for (const [i, date] of days.entries()) {
            for (const [j, region] of REGIONS.entries()) {
              const combo = (i + j) % 4;
              const opts = {
                electionId: combo >= 2 ? elections[(i + j) % elections.length]?.id : undefined,
                notPrintedNow: combo % 2 === 1,
              };
              const kids = children.get(region) ?? [];
              const fast = await suketCountsMany(db, region, kids, date, opts);
              const slow = await scanSuketCounts(db, region, kids, date, opts);
              for (const code of [region, ...kids]) {
                const want = slow.get(code) ?? EMPTY_SUKET_COUNTS;
                expect(
                  fast.get(code) ?? EMPTY_SUKET_COUNTS,
                  `${code} on ${date} ${JSON.stringify(opts)}`,
                ).toEqual(want);
                compared++;
                if (want.covering > 0) covered++;
                if (want.superseded > 0) superseded++;
              }
            }
          }
          // Migration 0040's backfill from the rows gives the tables the writes kept.
          const tables = async () => ({
            days: sortedJson(await db.selectFrom('suket_counts').selectAll().execute()),
            months: sortedJson(await db.selectFrom('suket_counts_month').selectAll().execute()),
          });
          const kept = await tables();
          await rebuildSuketCounts(db);
          expect(await tables()).toEqual(kept);
        },
      ),
      { numRuns: 20, seed: 20260414 },
    );
    // Not vacuous: the runs changed things and compared days on which sukets covered their holders.
    expect(applied).toBeGreaterThan(100);
    expect(covered).toBeGreaterThan(50);
    expect(superseded).toBeGreaterThan(10);
    expect(compared).toBeGreaterThan(1000);
  });
});
