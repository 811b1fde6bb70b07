import { CompiledQuery, createQueryId, sql } from 'kysely';
import { expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { applyResidentWrites } from '../../src/modules/residents';
import { CaptureQueries } from '../helpers/capture-queries';
import { naiveFigures } from '../helpers/naive-scan';
import { buildResident, IMPORT_META } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';

/** Voting day 2024: the 17th-birthday cutoff is 2007-02-14, the first-time-voter one 2002-02-14
 * (17 years before the previous election day, five years earlier). */
const DATE = '2024-02-14';
const VILLAGE = '18.71.01.1003';

/**
 * Migration 0044: villages have no daily counter rows; their boundary days are read from the residents born
 * in those months. A village's figures and its district's and regency's (daily rows) must be the same
 * number for the same people, equal to the naive scan, on the days each boundary cuts.
 */
describeEachEngine('counters: boundary days of villages read from residents', (env) => {
  it('counts each boundary day as the regency does, and as the naive scan does', async () => {
    const { handle } = env();
    const people = [
      { birthDate: '2007-02-14' }, // 17 on the day: must hold an e-KTP
      { birthDate: '2007-02-15' }, // 17 tomorrow: a child
      { birthDate: '2007-02-20', maritalStatus: 'KAWIN' as const }, // married: an adult at any age
      { birthDate: '2002-02-14', recordingStatus: 'BIO_CAPTURED' as const }, // not of first-time-voter age
      { birthDate: '2002-02-15' }, // of first-time-voter age
      { birthDate: '2024-02-10' }, // born this month, before the day
      { birthDate: '2024-02-20' }, // not yet born on the day
      { birthDate: '2007-02-01', lifeStatus: 'DECEASED' as const, lifeStatusDate: '2024-02-01' }, // gone
      { birthDate: '2007-02-02', lifeStatus: 'DECEASED' as const, lifeStatusDate: '2024-03-01' }, // still here
    ];
    const writes = people.map((p, i) => ({
      kind: 'upsert' as const,
      record: buildResident({ ...p, villageCode: VILLAGE }),
      qualityFlags: [],
      line: i + 2,
    }));
    await handle.db
      .transaction()
      .execute((trx) => applyResidentWrites(trx, handle.store, writes, IMPORT_META));
    console.log(
      JSON.stringify(
        await handle.db
          .selectFrom('residents')
          .select(['village_code', 'birth_date', 'life_status', 'life_status_date', 'marital_status'])
          .execute(),
      ),
      JSON.stringify(
        await handle.db
          .selectFrom('regions')
          .select(['code', 'parent_code'])
          .where('parent_code', '=', '18.71.01')
          .execute(),
      ),
    );
    const village = await figuresFor(handle.db, VILLAGE, DATE);
    console.log(
      JSON.stringify({
        village,
        naive: await naiveFigures(handle.db, VILLAGE, DATE),
        district: await figuresFor(handle.db, '18.71.01', DATE),
        regency: await figuresFor(handle.db, '18.71', DATE),
      }),
    );
    expect(village).toEqual(await naiveFigures(handle.db, VILLAGE, DATE));
    expect(await figuresFor(handle.db, '18.71.01', DATE)).toEqual(village);
    expect(await figuresFor(handle.db, '18.71', DATE)).toEqual(village);
    // Present: all but the one not yet born and the one who died before the day.
    expect(village.population).toBe(7);
    // Adults: 17 on the day, the married one, the two born in 2002 and the one who dies in March.
    expect(village.mustHoldId).toBe(5);
    // Of first-time-voter age: all of those but the one born on the 2002 cutoff.
    expect(village.firstTimeVoters).toBe(4);
  });

  it('reads those residents through residents (village_code, birth_date) (EXPLAIN of the real SQL)', async () => {
    const { handle } = env();
    const capture = new CaptureQueries();
    await figuresFor(handle.db.withPlugin(capture), VILLAGE, DATE);
    const postgres = handle.store.engine === 'postgres';
    const reads = capture.nodes
      .map((node) => handle.db.getExecutor().compileQuery(node, createQueryId()))
      .filter((q) => /from "residents"/.test(q.sql));
    console.log(reads.map((r) => r.sql));
    expect(reads.length).toBeGreaterThan(0);
    for (const compiled of reads) {
      const plan = await handle.db.transaction().execute(async (trx) => {
        if (postgres) await sql`set local enable_seqscan = off`.execute(trx);
        const explain = postgres ? 'explain (format json)' : 'explain query plan';
        const q = CompiledQuery.raw(`${explain} ${compiled.sql}`, [...compiled.parameters]);
        return JSON.stringify((await trx.executeQuery(q)).rows);
      });
      expect(plan, compiled.sql).toMatch(/village_birth_idx|village_code_birth_date_idx/);
    }
  });
});
