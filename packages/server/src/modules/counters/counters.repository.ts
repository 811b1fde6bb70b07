import { NATIONAL_CODE } from '@sigap/domain';
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { COUNT_COLUMNS, COUNTER_FACT_COLUMNS, type CountColumn } from './counter-key';
import { type BirthPart, CHILD, hasDailyRows, partsOn } from './counter-parts';

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

const sums = COUNT_COLUMNS.map((c) => sql<number>`sum(${sql.ref(c)})`.as(c));
/** A child's row needs its population only: the other columns count adults (coverage-figures.ts). */
const populationOnly = COUNT_COLUMNS.map((c) =>
  c === 'n' ? sql<number>`sum(n)`.as(c) : sql<number>`0`.as(c),
);

type CounterTableRef = 'resident_counts' | 'resident_counts_day';

/**
 * Residents present on `date` in each of `codes`, grouped by adult/young. Monthly rows answer every birth
 * month except the months a boundary cuts through; daily rows answer those exactly: the 17th-birthday month
 * for the never-married, the month 17 years before the previous election (first-time voters, by age only),
 * and the month of `date` itself (births). Monthly rows exist at every level, daily rows at every level but
 * the village (DAILY_LEVELS): a village's groups here lack its boundary days, which the caller reads from
 * its residents (figures.service.ts, counters-resident-days.ts). See docs/counters.md. The reference date
 * is checked by the caller.
 *
 * Each class is a contiguous range of the birth key, because the boundaries are ordered (born before the
 * first-time-voter cutoff < before the 17th-birthday cutoff < before the date, five and seventeen years
 * apart). So every part is a plain sum over one range scan, grouped by region in key order: no per-row
 * CASE and no sort of the rows, which was most of a province's cost (docs/scale.md).
 */
export async function readCounterGroupsMany(
  db: Kysely<Database>,
  codes: readonly string[],
  date: string,
): Promise<Map<string, CounterGroup[]>> {
  const parts = partsOn(date);
  const groups = new Map<string, CounterGroup[]>(codes.map((c) => [c, []]));
  const national = groups.has(NATIONAL_CODE);
  // The nation has no rows of its own: it is the sum of its provinces' rows, named from the regions table
  // so that each is a range scan of the key (a test on the code's length would read every row, ten times).
  const ownCodes = codes.filter((c) => c !== NATIONAL_CODE);
  const dailyCodes = ownCodes.filter(hasDailyRows);
  const inRegions = (own: readonly string[]) => (eb: ExpressionBuilder<Database, CounterTableRef>) =>
    eb.or([
      ...(own.length > 0 ? [eb('region_code', 'in', own)] : []),
      ...(national
        ? [eb('region_code', 'in', eb.selectFrom('regions').select('code').where('level', '=', 'province'))]
        : []),
    ]);
  const present = (eb: ExpressionBuilder<Database, CounterTableRef>) =>
    eb.or([eb('exit_date', '=', ''), eb('exit_date', '>', date)]);
  /** One class: the rows of `table` in `regions` with the birth key in the part's range. */
  const part = (table: CounterTableRef, regions: readonly string[], p: BirthPart) => {
    const birth = table === 'resident_counts' ? 'birth_month' : 'birth_date';
    return db
      .selectFrom(table)
      .select(['region_code', sql.lit(p.cls.adult).as('adult'), sql.lit(p.cls.young).as('young')])
      .select(p.cls === CHILD ? populationOnly : sums)
      .where(inRegions(regions))
      .where(present)
      .$if(p.from !== undefined, (q) => q.where(birth, '>=', p.from as string))
      .$if(p.after !== undefined, (q) => q.where(birth, '>', p.after as string))
      .$if(p.to !== undefined, (q) => q.where(birth, '<=', p.to as string))
      .$if(p.before !== undefined, (q) => q.where(birth, '<', p.before as string))
      .$if(p.married !== undefined, (q) => q.where('married', '=', p.married as 0 | 1))
      .groupBy('region_code');
  };
  const [first, ...rest] = parts.months.map((p) => part('resident_counts', ownCodes, p));
  let query = rest.reduce((q, p) => q.unionAll(p), first as NonNullable<typeof first>);
  if (dailyCodes.length > 0 || national) {
    for (const p of parts.days) query = query.unionAll(part('resident_counts_day', dailyCodes, p));
  }
  const rows = await query.execute();
  for (const r of rows) {
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
    .select(['id', ...COUNTER_FACT_COLUMNS])
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}
