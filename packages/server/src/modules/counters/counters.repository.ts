import { NATIONAL_CODE, previousElectionDate } from '@sigap/domain';
import { type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { COUNT_COLUMNS, type CountColumn } from './counter-key';

/**
 * The residents present on the reference date in one region, summed per class column, split by `adult`
 * (17+ or ever married on that date) and `young` (not yet 17 on the previous election date: the
 * first-time-voter age rule of the domain).
 */
export interface CounterGroup {
  adult: number;
  young: number;
  counts: Record<CountColumn, number>;
}

/** `date` minus 17 years as a comparable string: born on or before it means 17 by `date` (see ageOn). */
function seventeenCutoff(date: string): string {
  return `${String(Number(date.slice(0, 4)) - 17).padStart(4, '0')}${date.slice(4)}`;
}

const sums = COUNT_COLUMNS.map((c) => sql<number>`sum(${sql.ref(c)})`.as(c));

/**
 * Residents present on `date` in each of `codes`, grouped by adult/young. Monthly rows answer every birth
 * month except the months a boundary cuts through; daily rows answer those exactly: the 17th-birthday month
 * for the never-married, the month 17 years before the previous election (first-time voters, by age only),
 * and the month of `date` itself (births). Both tables hold every region level, so two grouped queries read
 * only the requested regions' rows: a region and all its children cost a few thousand rows. See
 * docs/counters.md. The reference date is checked by the caller (figures.service.ts).
 */
export async function readCounterGroupsMany(
  db: Kysely<Database>,
  codes: readonly string[],
  date: string,
): Promise<Map<string, CounterGroup[]>> {
  const cutoff = seventeenCutoff(date);
  const cutMonth = cutoff.slice(0, 7);
  const dateMonth = date.slice(0, 7);
  const youngCutoff = seventeenCutoff(previousElectionDate(date));
  const youngMonth = youngCutoff.slice(0, 7);
  const groups = new Map<string, CounterGroup[]>(codes.map((c) => [c, []]));
  const national = groups.has(NATIONAL_CODE);
  // The nation has no rows of its own: it is the sum of its provinces' rows.
  const ownCodes = codes.filter((c) => c !== NATIONAL_CODE);
  const inRegions = (eb: ExpressionBuilder<Database, 'resident_counts' | 'resident_counts_day'>) =>
    eb.or([
      ...(ownCodes.length > 0 ? [eb('region_code', 'in', ownCodes)] : []),
      ...(national ? [sql<SqlBool>`length(region_code) = 2`] : []),
    ]);
  const present = (eb: ExpressionBuilder<Database, 'resident_counts' | 'resident_counts_day'>) =>
    eb.or([eb('exit_date', '=', ''), eb('exit_date', '>', date)]);
  const monthly = await db
    .selectFrom('resident_counts')
    .select([
      'region_code',
      sql<number>`case when married = 1 or birth_month < ${cutMonth} then 1 else 0 end`.as('adult'),
      sql<number>`case when birth_month > ${youngMonth} then 1 else 0 end`.as('young'),
      ...sums,
    ])
    .where(inRegions)
    .where(present)
    .where('birth_month', '<', dateMonth)
    .where('birth_month', '<>', youngMonth)
    .where((eb) => eb.or([eb('married', '=', 1), eb('birth_month', '<>', cutMonth)]))
    .groupBy(['region_code', 'adult', 'young'])
    .execute();
  // Three disjoint day ranges, each its own range scan of the (region_code, birth_date) key: an OR of the
  // ranges in one WHERE would make the engines read every daily row of the regions.
  const dayRange = (from: string, to: string, neverMarriedOnly: boolean) =>
    db
      .selectFrom('resident_counts_day')
      .select([
        'region_code',
        sql<number>`case when married = 1 or birth_date <= ${cutoff} then 1 else 0 end`.as('adult'),
        sql<number>`case when birth_date > ${youngCutoff} then 1 else 0 end`.as('young'),
        ...sums,
      ])
      .where(inRegions)
      .where(present)
      .where('birth_date', '>=', from)
      .where('birth_date', '<=', to)
      .$if(neverMarriedOnly, (q) => q.where('married', '=', 0))
      .groupBy(['region_code', 'adult', 'young']);
  const daily = await dayRange(`${cutMonth}-01`, `${cutMonth}-31`, true)
    .unionAll(dayRange(`${youngMonth}-01`, `${youngMonth}-31`, false))
    .unionAll(dayRange(`${dateMonth}-01`, date, false))
    .execute();
  for (const r of [...monthly, ...daily]) {
    const group = toGroup(r);
    groups.get(r.region_code)?.push(group);
    if (national && r.region_code.length === 2) groups.get(NATIONAL_CODE)?.push(group);
  }
  return groups;
}

function toGroup(r: Record<string, unknown>): CounterGroup {
  const counts = {} as Record<CountColumn, number>;
  for (const c of COUNT_COLUMNS) counts[c] = Number(r[c] ?? 0);
  return { adult: Number(r.adult), young: Number(r.young), counts };
}

/** Empties both counter tables: the first step of a rebuild (counters-rebuild.ts). */
export async function deleteAllCounters(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('resident_counts').execute();
  await db.deleteFrom('resident_counts_day').execute();
}

/** The next page of residents (by id) with the facts that place them in the counters. */
export async function residentCounterFactsAfter(db: Kysely<Database>, afterId: number, limit: number) {
  return db
    .selectFrom('residents')
    .select([
      'id',
      'village_code',
      'birth_date',
      'marital_status',
      'citizenship',
      'stay_permit',
      'life_status',
      'life_status_date',
      'recording_status',
      'print_status',
      'ikd_activated_date',
    ])
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}
