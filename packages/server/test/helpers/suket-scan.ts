import { NATIONAL_CODE } from '@sigap/domain';
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../src/db/schema';
import {
  EMPTY_SUKET_COUNTS,
  type SuketCountOptions,
  type SuketCounts,
} from '../../src/modules/sukets/suket-figures.repository';

/**
 * `date` minus 17 years: born on or before it means 17 by `date` (the counters' own cutoff). On 29 February
 * the year 17 earlier has no such day: 28 February is the same cutoff for a string comparison, and a date
 * PostgreSQL accepts (the production scan sent '…-02-29' and failed there on leap days).
 */
function seventeenCutoff(date: string): string {
  const year = String(Number(date.slice(0, 4)) - 17).padStart(4, '0');
  return date.slice(5) === '02-29' ? `${year}-02-28` : `${year}${date.slice(4)}`;
}

function asCount(v: unknown): number {
  return Number(v ?? 0);
}

/**
 * Rows of a region by equalities the index `sukets_region_day` (regency_code, region_code, …) answers on
 * both engines: a text range or LIKE on the village code is not index-usable under PostgreSQL's locale
 * collations nor SQLite's case-insensitive LIKE. A province is the IN-list of its regencies (its children).
 */
function inRegion(region: string, children: readonly string[]): RawBuilder<unknown> {
  if (region === NATIONAL_CODE) return sql`1 = 1`;
  if (region.length === 2)
    return children.length > 0
      ? sql`s.regency_code in (${sql.join([...children])})`
      : sql`s.regency_code like ${`${region}.%`}`;
  const regency = sql`s.regency_code = ${region.slice(0, 5)}`;
  if (region.length === 5) return regency;
  return sql`${regency} and (s.region_code = ${region} or s.region_code like ${`${region}.%`})`;
}

/**
 * The scan the suket counters replaced (session 8, `suketCountsMany` until migration 0040), kept as test code
 * like naive-scan.ts is the residents counters' baseline: the property test compares the counters with it and
 * the suket-figures bench measures both. A region and its children counted from the suket rows, each row grouped under the child whose code
 * prefixes its village, the region being the sum of all. Two grouped queries: the counts read the covering
 * index alone; "covering" joins the holder and the election only for the rows active on `date` (at most one
 * per resident), so ended sukets, which pile up over the years, never reach the join. Wajib KTP on `date`
 * is the counters' rule: a citizen (WNI, or a foreigner with KITAP), 17 or ever married, present on `date`.
 */
export async function scanSuketCounts(
  db: Kysely<Database>,
  region: string,
  children: readonly string[],
  date: string,
  opts: SuketCountOptions = {},
): Promise<Map<string, SuketCounts>> {
  const childLength = children[0]?.length ?? (region === NATIONAL_CODE ? 2 : region.length);
  const code = sql<string>`substr(s.region_code, 1, ${sql.lit(childLength)})`;
  const activeOn = sql<SqlBool>`s.valid_until >= ${date} and (s.ended_on is null or s.ended_on > ${date})`;
  const counts = await db
    .selectFrom('sukets as s')
    .where(inRegion(region, children) as RawBuilder<SqlBool>)
    .where('s.valid_from', '<=', date)
    .select([
      code.as('code'),
      sql<number>`count(*)`.as('issued'),
      sql<number>`sum(case when ${activeOn} then 1 else 0 end)`.as('active'),
      sql<number>`sum(case when s.status = 'superseded' and s.ended_on <= ${date} then 1 else 0 end)`.as(
        'superseded',
      ),
    ])
    .groupBy(code)
    .execute();
  const covering = await db
    .selectFrom('sukets as s')
    .innerJoin('residents as r', 'r.id', 's.resident_id')
    .innerJoin('elections as e', 'e.id', 's.election_id')
    .where(inRegion(region, children) as RawBuilder<SqlBool>)
    .where('s.valid_from', '<=', date)
    .where(activeOn)
    .where('e.voting_date', '>=', date)
    .$if(opts.electionId !== undefined, (q) => q.where('e.id', '=', opts.electionId as number))
    .$if(opts.notPrintedNow === true, (q) => q.where('r.print_status', '=', 'NOT_PRINTED'))
    .where(sql<SqlBool>`(r.citizenship = 'WNI' or r.stay_permit = 'KITAP')`)
    .where(sql<SqlBool>`(r.marital_status <> 'BELUM_KAWIN' or r.birth_date <= ${seventeenCutoff(date)})`)
    .where(sql<SqlBool>`(r.life_status = 'ALIVE' or r.life_status_date > ${date})`)
    .select([code.as('code'), sql<number>`count(*)`.as('covering')])
    .groupBy(code)
    .execute();
  const out = new Map<string, SuketCounts>();
  const total = { ...EMPTY_SUKET_COUNTS };
  const entry = (c: string) => {
    let e = out.get(c);
    if (!e) {
      e = { ...EMPTY_SUKET_COUNTS };
      out.set(c, e);
    }
    return e;
  };
  for (const r of counts) {
    const e = entry(r.code);
    e.issued = asCount(r.issued);
    e.active = asCount(r.active);
    e.superseded = asCount(r.superseded);
  }
  for (const r of covering) entry(r.code).covering = asCount(r.covering);
  for (const e of out.values()) for (const k of Object.keys(total) as (keyof SuketCounts)[]) total[k] += e[k];
  out.set(region, total);
  return out;
}
