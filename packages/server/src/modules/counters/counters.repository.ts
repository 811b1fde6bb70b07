import { ancestorCodes, NATIONAL_CODE, previousElectionDate } from '@sigap/domain';
import { type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';
import type { CitizenClass, CounterDeltas, PrintClass, RecClass } from './counter-key';

/** 9 columns × 3,000 rows stays under SQLite's bound-parameter limit. */
const CHUNK = 3000;

type MonthRow = Database['resident_counts'];
type DayRow = Database['resident_counts_day'];

/** A delta key `region|first|married|exit|citizen|rec|prt|ikd` as column values; `first` is the birth month or date. */
function keyColumns(key: string, n: number) {
  const [
    region_code = '',
    first = '',
    married = '0',
    exit_date = '',
    citizen = '',
    rec = '',
    prt = '',
    ikd = '0',
  ] = key.split('|');
  return { region_code, first, married: Number(married), exit_date, citizen, rec, prt, ikd: Number(ikd), n };
}

function monthRows(deltas: Map<string, number>): MonthRow[] {
  return [...deltas].map(([key, n]) => {
    const { first, ...rest } = keyColumns(key, n);
    return { ...rest, birth_month: first };
  });
}

function dayRows(deltas: Map<string, number>): DayRow[] {
  return [...deltas].map(([key, n]) => {
    const { first, ...rest } = keyColumns(key, n);
    return { ...rest, birth_date: first };
  });
}

/**
 * Adds the deltas to the counter rows with one upsert per chunk of distinct keys. Must run in the same
 * transaction as the resident changes they describe. Rows that reach zero are deleted so that the tables
 * hold only keys that exist.
 */
export async function applyCounterDeltas(trx: Kysely<Database>, deltas: CounterDeltas): Promise<void> {
  const expanded = deltas.expand();
  const months = monthRows(expanded.month);
  for (let i = 0; i < months.length; i += CHUNK) {
    await trx
      .insertInto('resident_counts')
      .values(months.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc
          .columns(['region_code', 'birth_month', 'married', 'exit_date', 'citizen', 'rec', 'prt', 'ikd'])
          .doUpdateSet({ n: sql`resident_counts.n + excluded.n` }),
      )
      .execute();
  }
  const days = dayRows(expanded.day);
  for (let i = 0; i < days.length; i += CHUNK) {
    await trx
      .insertInto('resident_counts_day')
      .values(days.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc
          .columns(['region_code', 'birth_date', 'married', 'exit_date', 'citizen', 'rec', 'prt', 'ikd'])
          .doUpdateSet({ n: sql`resident_counts_day.n + excluded.n` }),
      )
      .execute();
  }
  if (months.some((r) => r.n < 0)) await trx.deleteFrom('resident_counts').where('n', '=', 0).execute();
  if (days.some((r) => r.n < 0)) await trx.deleteFrom('resident_counts_day').where('n', '=', 0).execute();
}

/**
 * One group of residents present on the reference date, by class; `adult` = 17+ or ever married on that
 * date; `young` = not yet 17 on the previous election date (the first-time-voter age rule of the domain).
 */
export interface CounterGroup {
  citizen: CitizenClass;
  rec: RecClass;
  prt: PrintClass;
  ikd: number;
  adult: number;
  /** Absent when the reader does not compute it (treated as 0). */
  young?: number;
  n: number;
}

/** `date` minus 17 years as a comparable string: born on or before it means 17 by `date` (see ageOn). */
function seventeenCutoff(date: string): string {
  return `${String(Number(date.slice(0, 4)) - 17).padStart(4, '0')}${date.slice(4)}`;
}

/**
 * Residents present on `date` in each of `codes` (all inside `scope`), grouped by class. Monthly rows answer
 * every birth month before the month of `date` except the months a boundary cuts through; daily rows answer
 * those exactly: the 17th-birthday month for the never-married, the month 17 years before the previous
 * election (first-time voters, by age only), and the month of `date` itself (births). Two grouped queries
 * answer any number of regions: a region and all its children cost what the region alone costs. See
 * docs/counters.md.
 */
export async function readCounterGroupsMany(
  db: Kysely<Database>,
  scope: string,
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
  // The nation has no monthly rows of its own: it is the sum of its provinces' rows.
  const monthlyCodes = codes.filter((c) => c !== NATIONAL_CODE);
  const monthly = await db
    .selectFrom('resident_counts')
    .select([
      'region_code',
      'citizen',
      'rec',
      'prt',
      'ikd',
      sql<number>`case when married = 1 or birth_month < ${cutMonth} then 1 else 0 end`.as('adult'),
      sql<number>`case when birth_month > ${youngMonth} then 1 else 0 end`.as('young'),
      sql<number>`sum(n)`.as('n'),
    ])
    .where((eb) =>
      eb.or([
        ...(monthlyCodes.length > 0 ? [eb('region_code', 'in', monthlyCodes)] : []),
        ...(national ? [sql<SqlBool>`length(region_code) = 2`] : []),
      ]),
    )
    .where((eb) => eb.or([eb('exit_date', '=', ''), eb('exit_date', '>', date)]))
    .where('birth_month', '<', dateMonth)
    .where('birth_month', '<>', youngMonth)
    .where((eb) => eb.or([eb('married', '=', 1), eb('birth_month', '<>', cutMonth)]))
    .groupBy(['region_code', 'citizen', 'rec', 'prt', 'ikd', 'adult', 'young'])
    .execute();
  for (const r of monthly) {
    const group = toGroup(r);
    groups.get(r.region_code)?.push(group);
    if (national && r.region_code.length === 2) groups.get(NATIONAL_CODE)?.push(group);
  }
  const daily = await db
    .selectFrom('resident_counts_day')
    .select([
      'region_code',
      'citizen',
      'rec',
      'prt',
      'ikd',
      sql<number>`case when married = 1 or birth_date <= ${cutoff} then 1 else 0 end`.as('adult'),
      sql<number>`case when birth_date > ${youngCutoff} then 1 else 0 end`.as('young'),
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
        eb.and([eb('birth_date', '>=', `${youngMonth}-01`), eb('birth_date', '<=', `${youngMonth}-31`)]),
        eb.and([eb('birth_date', '>=', `${dateMonth}-01`), eb('birth_date', '<=', date)]),
      ]),
    )
    .groupBy(['region_code', 'citizen', 'rec', 'prt', 'ikd', 'adult', 'young'])
    .execute();
  // Daily rows are village rows: each counts for the village and every requested region above it.
  for (const r of daily) {
    const group = toGroup(r);
    for (const code of [...ancestorCodes(r.region_code), r.region_code]) groups.get(code)?.push(group);
  }
  return groups;
}

/** `readCounterGroupsMany` for one region. */
export async function readCounterGroups(
  db: Kysely<Database>,
  region: string,
  date: string,
): Promise<CounterGroup[]> {
  return (await readCounterGroupsMany(db, region, [region], date)).get(region) ?? [];
}

function toGroup(g: {
  citizen: string;
  rec: string;
  prt: string;
  ikd: number | string;
  adult: number | string;
  young: number | string;
  n: number | string;
}): CounterGroup {
  return {
    citizen: g.citizen as CitizenClass,
    rec: g.rec as RecClass,
    prt: g.prt as PrintClass,
    ikd: Number(g.ikd),
    adult: Number(g.adult),
    young: Number(g.young),
    n: Number(g.n),
  };
}
