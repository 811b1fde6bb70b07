import { ancestorCodes, NATIONAL_CODE } from '@sigap/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';
import type { CitizenClass, PrintClass, RecClass } from '../counters/counter-key';
import type { CounterGroup } from '../counters/counters.repository';
import { figuresFor } from '../counters/coverage.service';
import { figuresFromGroups, type StoredFigures, toStored } from '../counters/coverage-figures';

type Row = {
  region_code: string;
  citizen: string;
  rec: string;
  prt: string;
  ikd: number;
  adult: number;
  n: number;
};

function toGroup(r: Row): CounterGroup {
  return {
    citizen: r.citizen as CitizenClass,
    rec: r.rec as RecClass,
    prt: r.prt as PrintClass,
    ikd: Number(r.ikd),
    adult: Number(r.adult),
    n: Number(r.n),
  };
}

/**
 * `figuresFor` of many regions inside `scope` on one date, in two grouped queries instead of two per
 * region: the same reading of the counters as `readCounterGroups` (docs/counters.md), with the monthly
 * rows grouped by region and the daily (village) rows rolled up to every requested ancestor. A backfill
 * of 60 days for a province's 250 regencies and districts goes from 30,000 queries to 120. Tests hold
 * it equal to `figuresFor` region by region.
 */
export async function figuresForMany(
  db: Kysely<Database>,
  scope: string,
  codes: readonly string[],
  date: string,
): Promise<Map<string, StoredFigures>> {
  const cutoff = `${String(Number(date.slice(0, 4)) - 17).padStart(4, '0')}${date.slice(4)}`;
  const cutMonth = cutoff.slice(0, 7);
  const dateMonth = date.slice(0, 7);
  const wanted = codes.filter((c) => c !== NATIONAL_CODE);
  const groups = new Map<string, CounterGroup[]>(wanted.map((c) => [c, []]));
  if (wanted.length > 0) {
    const monthly = await db
      .selectFrom('resident_counts')
      .select([
        'region_code',
        'citizen',
        'rec',
        'prt',
        'ikd',
        sql<number>`case when married = 1 or birth_month < ${cutMonth} then 1 else 0 end`.as('adult'),
        sql<number>`sum(n)`.as('n'),
      ])
      .where('region_code', 'in', wanted)
      .where((eb) => eb.or([eb('exit_date', '=', ''), eb('exit_date', '>', date)]))
      .where('birth_month', '<', dateMonth)
      .where((eb) => eb.or([eb('married', '=', 1), eb('birth_month', '<>', cutMonth)]))
      .groupBy(['region_code', 'citizen', 'rec', 'prt', 'ikd', 'adult'])
      .execute();
    for (const r of monthly) groups.get(r.region_code)?.push(toGroup(r));
    const daily = await db
      .selectFrom('resident_counts_day')
      .select([
        'region_code',
        'citizen',
        'rec',
        'prt',
        'ikd',
        sql<number>`case when married = 1 or birth_date <= ${cutoff} then 1 else 0 end`.as('adult'),
        sql<number>`sum(n)`.as('n'),
      ])
      .where(withinScope('region_code', scope))
      .where((eb) => eb.or([eb('exit_date', '=', ''), eb('exit_date', '>', date)]))
      .where((eb) =>
        eb.or([
          eb.and([
            eb('married', '=', 0),
            eb('birth_date', '>=', `${cutMonth}-01`),
            eb('birth_date', '<=', `${cutMonth}-31`),
          ]),
          eb.and([eb('birth_date', '>=', `${dateMonth}-01`), eb('birth_date', '<=', date)]),
        ]),
      )
      .groupBy(['region_code', 'citizen', 'rec', 'prt', 'ikd', 'adult'])
      .execute();
    for (const r of daily) {
      for (const code of [...ancestorCodes(r.region_code), r.region_code]) groups.get(code)?.push(toGroup(r));
    }
  }
  const out = new Map<string, StoredFigures>();
  for (const [code, g] of groups) out.set(code, toStored(figuresFromGroups(g)));
  // The nation is the sum of its provinces' rows: rare enough here to ask the counters directly.
  if (codes.includes(NATIONAL_CODE))
    out.set(NATIONAL_CODE, toStored(await figuresFor(db, NATIONAL_CODE, date)));
  return out;
}
