import { type Kysely, type RawBuilder, sql } from 'kysely';
import { COUNT_COLUMNS } from '../../modules/counters/counter-key';
import { DATA_COLUMNS } from '../../modules/residents/resident-row';
import type { MergeMeta, MergeOutcome, MergeRow } from '../../modules/residents/resident-write.types';
import type { Database } from '../schema';
import type { CopyRows } from './pg-copy';
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
  // its LIMIT is always a probe of the NIK index per staged row (of each province's partition on a
  // partitioned table: a probe of an empty partition's index costs next to nothing): the temporary table has
  // no statistics, and a planner guessing its size could otherwise pick a scan of all residents per batch.
  // Going through the NIK directory to name the one partition was measured slower: 0.58–4.3 s against
  // 0.32 s for 20,000 NIKs among 200,000 residents in 39 partitions.
  // An equal row whose import digest is not this row's takes it (a digest from another file, or none yet),
  // so the next import of the same row skips it before parsing (imports/line-digest.ts).
  const { rows: found } = await sql<{ unchanged: string | number; differing: string[] | null }>`
    with cls as (
      select s.nik, s.import_digest as digest, r.id, r.village_code, r.import_digest as stored, ${same} as same
      from ${stage} s cross join lateral (
        select * from residents r0 where r0.nik = s.nik limit 1) r),
    refresh as (
      update residents r set import_digest = c.digest from cls c
      where c.same and c.digest is not null and c.digest is distinct from c.stored
        and r.village_code = c.village_code and r.id = c.id)
    select count(*) filter (where same) as unchanged, array_agg(nik) filter (where not same) as differing
    from cls`.execute(trx);
  const unchanged = Number(found[0]?.unchanged ?? 0);
  const differing = found[0]?.differing ?? [];
  // Nothing new (a file imported before): the insert below would only probe every NIK again.
  if (unchanged + differing.length === rows.length) return { inserted: 0, unchanged, differing };
  // The rest is new: residents, their `created` history and their counters in one statement. A NIK in the
  // directory is skipped (it was classified above).
  const insertColumns = sql.join(INSERT_COLUMNS.map((c) => sql.ref(c)));
  const { rows: done } = await sql<{ inserted: string | number }>`
    with ins as (
      insert into residents (${insertColumns}, created_at, updated_at)
      select ${insertColumns}, ${meta.now}::timestamptz, ${meta.now}::timestamptz from ${stage} s
      where not exists (select 1 from resident_niks d where d.nik = s.nik)
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
  return sql`
    insert into ${sql.table(table)} (${key}, ${sql.join(COUNT_COLUMNS.map((c) => sql.ref(c)))})
    select g.region, ${birth}, s.c_married, s.c_exit, ${sql.join(counts)}
    from fresh s cross join lateral unnest(string_to_array(s.c_regions, ',')) as g(region)
    where ${birth} is not null
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4
    on conflict (${key}) do update set
      ${sql.join(COUNT_COLUMNS.map((c) => sql`${sql.ref(c)} = ${sql.table(table)}.${sql.ref(c)} + excluded.${sql.ref(c)}`))}`;
}
