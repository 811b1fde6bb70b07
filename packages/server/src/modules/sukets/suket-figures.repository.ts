import { NATIONAL_CODE } from '@sigap/domain';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';

/** Suket counts of one region on one day, before the printed figure is added to them. */
export interface SuketCounts {
  issued: number;
  active: number;
  superseded: number;
  /** Active suket, election on or after the day, holder wajib KTP on the day: the "covered" share. */
  covering: number;
}

export const EMPTY_SUKET_COUNTS: SuketCounts = { issued: 0, active: 0, superseded: 0, covering: 0 };

export interface SuketCountOptions {
  /** Only sukets for this election cover (the coverage was asked for an election). */
  electionId?: number;
  /**
   * The printed figure beside them is today's count on a past day (no stored close): a holder printed
   * since then is in it already, so their suket must not cover them a second time.
   */
  notPrintedNow?: boolean;
}

/** `date` minus 17 years: born on or before it means 17 by `date` (the counters' own cutoff). */
function seventeenCutoff(date: string): string {
  return `${String(Number(date.slice(0, 4)) - 17).padStart(4, '0')}${date.slice(4)}`;
}

function asCount(v: unknown): number {
  return Number(v ?? 0);
}

/**
 * A region and its children counted from the suket rows in one grouped query (a range scan of
 * `sukets_region_day` under the region's prefix): each row is grouped under the child whose code prefixes
 * its village, and the region is the sum of all of them. Wajib KTP on `date` is the counters' rule: a
 * citizen (WNI, or a foreigner with KITAP), 17 or ever married, present (alive and not moved out) on `date`.
 */
export async function suketCountsMany(
  db: Kysely<Database>,
  region: string,
  children: readonly string[],
  date: string,
  opts: SuketCountOptions = {},
): Promise<Map<string, SuketCounts>> {
  const childLength = children[0]?.length ?? (region === NATIONAL_CODE ? 2 : region.length);
  const active: RawBuilder<unknown> = sql`s.valid_until >= ${date} and (s.ended_on is null or s.ended_on > ${date})`;
  const wajib = sql`(r.citizenship = 'WNI' or r.stay_permit = 'KITAP')
    and (r.marital_status <> 'BELUM_KAWIN' or r.birth_date <= ${seventeenCutoff(date)})
    and (r.life_status = 'ALIVE' or r.life_status_date > ${date})`;
  const election = opts.electionId === undefined ? sql`1 = 1` : sql`e.id = ${opts.electionId}`;
  const notPrinted = opts.notPrintedNow ? sql`r.print_status = 'NOT_PRINTED'` : sql`1 = 1`;
  const rows = await db
    .selectFrom('sukets as s')
    .innerJoin('residents as r', 'r.id', 's.resident_id')
    .innerJoin('elections as e', 'e.id', 's.election_id')
    .where(withinScope('s.region_code', region))
    .where('s.valid_from', '<=', date)
    .select([
      sql<string>`substr(s.region_code, 1, ${sql.lit(childLength)})`.as('code'),
      sql<number>`count(*)`.as('issued'),
      sql<number>`sum(case when ${active} then 1 else 0 end)`.as('active'),
      sql<number>`sum(case when s.status = 'superseded' and s.ended_on <= ${date} then 1 else 0 end)`.as(
        'superseded',
      ),
      sql<number>`sum(case when ${active} and e.voting_date >= ${date} and ${election} and ${notPrinted}
        and ${wajib} then 1 else 0 end)`.as('covering'),
    ])
    .groupBy(sql`substr(s.region_code, 1, ${sql.lit(childLength)})`)
    .execute();
  const out = new Map<string, SuketCounts>();
  const total = { ...EMPTY_SUKET_COUNTS };
  for (const r of rows) {
    const c = {
      issued: asCount(r.issued),
      active: asCount(r.active),
      superseded: asCount(r.superseded),
      covering: asCount(r.covering),
    };
    out.set(r.code, c);
    for (const k of Object.keys(total) as (keyof SuketCounts)[]) total[k] += c[k];
  }
  out.set(region, total);
  return out;
}
