import { type Kysely, type RawBuilder, sql } from 'kysely';
import { COUNT_COLUMNS, DAILY_LEVELS } from '../../modules/counters/counter-key';
import { DATA_COLUMNS } from '../../modules/residents/resident-row';
import type { MergeMeta, MergeOutcome, MergeRow } from '../../modules/residents/resident-write.types';
import type { Database } from '../schema';
import type { CopyRows } from './pg-copy';
import { residentsTableOf } from './pg-partitions';
import { RESIDENT_TYPES } from './residents-pg-bulk';

/**
 * PostgreSQL's set-based path for full records that need no per-row judgement against a stored row
 * (resident-merge.ts decides which). The batch is staged once in a temporary table, then the database does
 * the rest: rows equal to the stored ones are counted and dropped, rows that differ are handed back to the
 * row-by-row path (which reads them, checks transitions and writes history and listeners), and what is left
 * is new: inserted with its `created` history in one statement, and its counter rows summed per key with
 * `GROUP BY` and upserted, from the bucket each row carries (computed in JavaScript by the counters' one rule).
 */

const STAGE = 'sigap_resident_stage';

/** The staged columns beside the data: `name_search` and the counter bucket of the row (counter-key.ts). */
const STAGE_EXTRA = {
  name_search: 'text',
  import_digest: 'text',
  c_regions: 'text',
  c_month: 'text',
  c_day: 'text',
  c_married: 'integer',
  c_exit: 'text',
  c_bits: 'integer',
} as const;
const STAGE_TYPES = { ...RESIDENT_TYPES, ...STAGE_EXTRA } as Record<string, string>;
const STAGE_COLUMNS = [...DATA_COLUMNS, ...(Object.keys(STAGE_EXTRA) as (keyof typeof STAGE_EXTRA)[])];
const INSERT_COLUMNS = [...DATA_COLUMNS, 'name_search', 'import_digest'] as const;

function cellsOf(r: MergeRow): unknown[] {
  const d = r.data;
  const c = r.counter;
  const out: unknown[] = DATA_COLUMNS.map((k) => d[k]);
  out.push(
    d.name_search,
    d.import_digest ?? null,
    c.c_regions,
    c.c_month,
    c.c_day,
    c.c_married,
    c.c_exit,
    c.c_bits,
  );
  return out;
}

async function ensureStage(trx: Kysely<Database>): Promise<void> {
  // Temporary, so private to this connection, and emptied at commit (a truncate). A transaction holds
  // several batches, so each batch also clears the one before it; deleting the few thousand rows costs far
  // less than a truncate per batch. Created once per connection (`if not exists` is one catalog lookup).
  // The stage has no statistics (analysing it costs more than the batch's joins), so the planner sizes it
  // by its pages, dead rows included, and its estimates cross the JIT threshold within a few batches: JIT
  // then spends over a second compiling each statement that runs in a few milliseconds. Off for the
  // transaction. One round trip: without parameters the driver sends the three as one simple query.
  const columns = sql.join(STAGE_COLUMNS.map((c) => sql`${sql.ref(c)} ${sql.raw(STAGE_TYPES[c] as string)}`));
  await sql`create temporary table if not exists ${sql.table(STAGE)} (${columns}) on commit delete rows;
    delete from ${sql.table(STAGE)};
    set local jit = off`.execute(trx);
}

export async function mergeResidentsPg(
  trx: Kysely<Database>,
  rows: readonly MergeRow[],
  meta: MergeMeta,
  copy: CopyRows,
): Promise<MergeOutcome> {
  if (rows.length === 0) return { inserted: 0, unchanged: 0, differing: [] };
  await ensureStage(trx);
  await copy(trx, STAGE, STAGE_COLUMNS, rows, cellsOf);
  const stage = sql.table(STAGE);
  const same = sql.join(
    DATA_COLUMNS.filter((c) => c !== 'nik').map(
      (c) => sql`r.${sql.ref(c)} is not distinct from s.${sql.ref(c)}`,
    ),
    sql` and `,
  );
  // The staged NIKs stored already: equal rows need nothing (their count is the whole answer), rows that
  // differ go to the row-by-row path, which judges them against the stored row. The lateral subquery with
  // its LIMIT is always a probe of the NIK index per staged row: the temporary table has no statistics, and
  // a planner guessing its size could otherwise pick a scan of all residents per batch. A batch of one
  // province (an import's rows come village by village) probes that province's partition by its name; the
  // parent would probe every province's index for a NIK it does not hold (each new row), and importing
  // Lampung after two other provinces of the same size took this statement 3.3 → 6.5 s per 200,000 rows
  // (session 14). The range of the province on the parent instead was pruned at run time but planned as a
  // bitmap AND with the whole province's village index, 201,026 index entries per stored NIK. A NIK stored
  // in another province is not found in the partition: the directory says it exists (`elsewhere`), and it
  // goes to the row-by-row path with the rows that differ (its village differs, at the least); a probe of the
  // directory's key per row, by a lateral LIMIT (as an EXISTS, it was planned as a hash join over the whole
  // directory: 603,168 rows read per batch with three provinces loaded). Going through
  // the directory first, for every row, was measured slower: 0.58–4.3 s against 0.32 s for 20,000 NIKs
  // among 200,000 residents in 39 partitions.
  // An equal row whose import digest is not this row's takes it (a digest from another file, or none yet),
  // so the next import of the same row skips it before parsing (imports/line-digest.ts).
  const provinces = new Set(rows.map((r) => r.data.village_code.slice(0, 2)));
  const [only] = provinces;
  const probed = provinces.size === 1 && only ? await residentsTableOf(trx, only) : 'residents';
  const { rows: found } = await sql<{
    unchanged: string | number;
    differing: string[] | null;
    elsewhere: string[] | null;
    refresh_ids: (string | number)[] | null;
    refresh_villages: string[] | null;
    refresh_digests: string[] | null;
  }>`
    with cls as (
      select s.nik, s.import_digest as digest, r.id, r.village_code, r.import_digest as stored, ${same} as same
      from ${stage} s cross join lateral (
        select * from ${sql.table(probed)} r0 where r0.nik = s.nik limit 1) r),
    refresh as (
      select * from cls where same and digest is not null and digest is distinct from stored)
    select count(*) filter (where same) as unchanged, array_agg(nik) filter (where not same) as differing,
      (select array_agg(s.nik) from ${stage} s
        cross join lateral (select 1 from resident_niks d where d.nik = s.nik limit 1) d
        where not exists (select 1 from cls c where c.nik = s.nik)) as elsewhere,
      (select array_agg(id) from refresh) as refresh_ids,
      (select array_agg(village_code) from refresh) as refresh_villages,
      (select array_agg(digest) from refresh) as refresh_digests
    from cls`.execute(trx);
  const f = found[0];
  const unchanged = Number(f?.unchanged ?? 0);
  const differing = [...(f?.differing ?? []), ...(f?.elsewhere ?? [])];
  // A separate statement, only when some equal row takes a new digest: written inside the classification
  // (an UPDATE … FROM cls) it was planned as a merge join over every province's residents, sorted on disk,
  // on every batch even with nothing to update (603,168 rows with three provinces loaded). By id and
  // village from an array, it is a probe of one partition's id index per row.
  if (f?.refresh_ids?.length) {
    await sql`
      update ${sql.table(probed)} r set import_digest = v.digest
      from unnest(${f.refresh_ids}::bigint[], ${f.refresh_villages}::text[], ${f.refresh_digests}::text[])
        as v(id, village, digest)
      where r.village_code = v.village and r.id = v.id`.execute(trx);
  }
  // Nothing new (a file imported before): the insert below would only probe every NIK again.
  if (unchanged + differing.length === rows.length) return { inserted: 0, unchanged, differing };
  // The rest is new: residents, their `created` history and their counters in one statement. A NIK in the
  // directory is skipped (it was classified above), found by a probe of the directory's key per staged row
  // (a lateral LIMIT: as a NOT EXISTS it could be planned as a hash anti-join reading the whole directory).
  const insertColumns = sql.join(INSERT_COLUMNS.map((c) => sql.ref(c)));
  const { rows: done } = await sql<{ inserted: string | number }>`
    with ins as (
      insert into residents (${insertColumns}, created_at, updated_at)
      select ${insertColumns}, ${meta.now}::timestamptz, ${meta.now}::timestamptz from ${stage} s
      left join lateral (select 1 as stored from resident_niks d where d.nik = s.nik limit 1) d on true
      where d.stored is null
      returning id, nik, recording_status, recording_date),
    hist as (
      insert into resident_history
        (resident_id, field, from_value, to_value, event_date, recorded_at, source, user_id, import_job_id)
      select id, 'created', null, recording_status, recording_date, ${meta.now}::timestamptz, ${meta.source},
        ${meta.userId}::bigint, ${meta.importJobId}::bigint
      from ins),
    fresh as (select s.* from ${stage} s join ins on ins.nik = s.nik),
    month as (${addToCounters('resident_counts', 'birth_month', sql`s.c_month`)}),
    day as (${addToCounters('resident_counts_day', 'birth_date', sql`s.c_day`)})
    select count(*) as inserted from ins`.execute(trx);
  const outcome = { inserted: Number(done[0]?.inserted ?? 0), unchanged, differing };
  // A NIK another transaction stored between the two statements makes the directory's primary key refuse
  // the insert; one it stored before the insert was skipped and written by nobody: fail the transaction
  // (a job retries it) in both cases.
  if (outcome.inserted + outcome.unchanged + outcome.differing.length !== rows.length) {
    throw new Error('resident merge: a NIK of the batch was stored concurrently; retry the batch');
  }
  return outcome;
}

/**
 * Adds the new residents (`fresh`) to one counter table at each of their region levels: one row per key,
 * summed with GROUP BY, so the upsert touches each counter row once. New residents only add, so no row can
 * empty here. Rows without a daily bucket (born on or before the floor) have no daily row.
 */
function addToCounters(
  table: 'resident_counts' | 'resident_counts_day',
  birthColumn: 'birth_month' | 'birth_date',
  birth: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const counts = COUNT_COLUMNS.map((_c, i) =>
    i === 0 ? sql`count(*)` : sql`sum((s.c_bits >> ${sql.lit(i)}) & 1)`,
  );
  const key = sql`region_code, ${sql.ref(birthColumn)}, married, exit_date`;
  // Every level has monthly rows; only the first DAILY_LEVELS (all but the village) have daily ones.
  const levels =
    table === 'resident_counts_day'
      ? sql`(string_to_array(s.c_regions, ','))[1:${sql.lit(DAILY_LEVELS)}]`
      : sql`string_to_array(s.c_regions, ',')`;
  return sql`
    insert into ${sql.table(table)} (${key}, ${sql.join(COUNT_COLUMNS.map((c) => sql.ref(c)))})
    select g.region, ${birth}, s.c_married, s.c_exit, ${sql.join(counts)}
    from fresh s cross join lateral unnest(${levels}) as g(region)
    where ${birth} is not null
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4
    on conflict (${key}) do update set
      ${sql.join(COUNT_COLUMNS.map((c) => sql`${sql.ref(c)} = ${sql.table(table)}.${sql.ref(c)} + excluded.${sql.ref(c)}`))}`;
}
