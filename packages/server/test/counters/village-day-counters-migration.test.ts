/**
 * Migration 0044 on both engines: the village-level daily counter rows go, every other level's stay, and
 * every figure (village, district, regency) still equals the naive scan on the days each boundary cuts.
 */
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../src/db/migrate';
import { figuresFor } from '../../src/modules/counters';
import { loadOfficialRegions } from '../../src/modules/regions/regions.loader';
import { applyResidentWrites } from '../../src/modules/residents';
import { withFreshDb } from '../helpers/fresh-db';
import { naiveFigures } from '../helpers/naive-scan';
import { buildResident, IMPORT_META } from '../helpers/resident-factory';

const VILLAGE = '18.71.01.1003';
const DATES = ['2024-02-13', '2024-02-14', '2024-02-15', '2019-02-14', '2011-01-01', '2029-02-28'];

for (const engine of ['sqlite', 'postgres'] as const) {
  const skip = engine === 'postgres' ? inject('postgresUnavailable') : null;
  describe.skipIf(Boolean(skip))(`migration 0044 (village daily counters) [${engine}]`, () => {
    it('drops the village daily rows and keeps every figure', async () => {
      await withFreshDb(engine, 'mig0044', async (handle) => {
        await migrateTo(handle, '0043-booking-writes');
        await loadOfficialRegions(handle, ['18']);
        const births = ['2007-02-13', '2007-02-14', '2007-02-15', '2002-02-14', '2002-02-15', '2024-02-14'];
        const writes = births.map((birthDate, i) => ({
          kind: 'upsert' as const,
          record: buildResident({ birthDate, villageCode: VILLAGE }),
          qualityFlags: [],
          line: i + 2,
        }));
        await handle.db
          .transaction()
          .execute((trx) => applyResidentWrites(trx, handle.store, writes, IMPORT_META));
        // Before 0044 the village had daily rows of its own: with every resident in one village they were
        // its district's rows under the village's code.
        await sql`insert into resident_counts_day
          select ${VILLAGE}, birth_date, married, exit_date, n, n_wni, n_wni_rec, n_cit, n_cit_rec, n_cit_prr,
            n_cit_printed, n_cit_handed, n_cit_failed, n_cit_ikd
          from resident_counts_day where region_code = '18.71.01'`.execute(handle.db);
        const before = await daily(handle.db);
        expect(before.get(VILLAGE)).toBe(births.length);

        await migrateToLatest(handle);
        const after = await daily(handle.db);
        expect(after.get(VILLAGE)).toBeUndefined();
        for (const level of ['18', '18.71', '18.71.01']) expect(after.get(level)).toBe(before.get(level));
        for (const date of DATES) {
          const naive = await naiveFigures(handle.db, VILLAGE, date);
          for (const region of [VILLAGE, '18.71.01', '18.71', '18']) {
            expect(await figuresFor(handle.db, region, date), `${region} on ${date}`).toEqual(naive);
          }
        }
      });
    });
  });
}

/** Daily counter rows per region. */
async function daily(db: Parameters<typeof figuresFor>[0]): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('resident_counts_day')
    .select(['region_code', (eb) => eb.fn.countAll<number>().as('rows')])
    .groupBy('region_code')
    .execute();
  return new Map(rows.map((r) => [r.region_code, Number(r.rows)]));
}
