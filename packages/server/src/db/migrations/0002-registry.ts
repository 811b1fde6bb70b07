import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import { dateType, timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/** Residents, their status history, import jobs, elections and the aggregate counters (docs/counters.md). */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  const date = dateType(engine);
  const bigint = engine === 'postgres' ? 'bigint' : 'integer';

  await withIdColumn(db.schema.createTable('residents'), engine)
    .addColumn('nik', 'text', (c) => c.notNull().unique())
    .addColumn('no_kk', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('name_search', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('birth_place', 'text', (c) => c.notNull())
    .addColumn('birth_date', date, (c) => c.notNull())
    .addColumn('marital_status', 'text', (c) => c.notNull())
    .addColumn('citizenship', 'text', (c) => c.notNull())
    .addColumn('stay_permit', 'text')
    .addColumn('religion', 'text')
    .addColumn('occupation', 'text')
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('life_status', 'text', (c) => c.notNull())
    .addColumn('life_status_date', date)
    .addColumn('recording_status', 'text', (c) => c.notNull())
    .addColumn('recording_date', date)
    .addColumn('recording_place', 'text')
    .addColumn('print_status', 'text', (c) => c.notNull())
    .addColumn('printed_date', date)
    .addColumn('handed_over_date', date)
    .addColumn('ikd_activated_date', date)
    .addColumn('quality_flags', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('residents_village_idx')
    .on('residents')
    .columns(['village_code', 'name_search'])
    .execute();
  await db.schema.createIndex('residents_name_idx').on('residents').column('name_search').execute();
  await db.schema.createIndex('residents_kk_idx').on('residents').column('no_kk').execute();

  await withIdColumn(db.schema.createTable('resident_history'), engine)
    .addColumn('resident_id', bigint, (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('from_value', 'text')
    .addColumn('to_value', 'text')
    .addColumn('event_date', date)
    .addColumn('recorded_at', ts, (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('user_id', bigint)
    .addColumn('import_job_id', bigint)
    .execute();
  await db.schema
    .createIndex('resident_history_resident_idx')
    .on('resident_history')
    .columns(['resident_id', 'id'])
    .execute();

  // On SQLite the counters are clustered on their key (WITHOUT ROWID): an upsert touches one b-tree, not
  // a table and its key index, which halves the cost of keeping counters exact during a bulk import.
  const clustered = <T extends CreateTableBuilder<string, string>>(t: T): T =>
    engine === 'sqlite' ? (t.modifyEnd(sql`without rowid`) as T) : t;
  const counterKey = ['married', 'exit_date', 'citizen', 'rec', 'prt', 'ikd'] as const;
  await db.schema
    .createTable('resident_counts')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('birth_month', 'text', (c) => c.notNull())
    .addColumn('married', 'integer', (c) => c.notNull())
    .addColumn('exit_date', 'text', (c) => c.notNull())
    .addColumn('citizen', 'text', (c) => c.notNull())
    .addColumn('rec', 'text', (c) => c.notNull())
    .addColumn('prt', 'text', (c) => c.notNull())
    .addColumn('ikd', 'integer', (c) => c.notNull())
    .addColumn('n', bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('resident_counts_pk', ['region_code', 'birth_month', ...counterKey])
    .$call(clustered)
    .execute();
  await db.schema
    .createTable('resident_counts_day')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('married', 'integer', (c) => c.notNull())
    .addColumn('exit_date', 'text', (c) => c.notNull())
    .addColumn('citizen', 'text', (c) => c.notNull())
    .addColumn('rec', 'text', (c) => c.notNull())
    .addColumn('prt', 'text', (c) => c.notNull())
    .addColumn('ikd', 'integer', (c) => c.notNull())
    .addColumn('n', bigint, (c) => c.notNull())
    // Daily rows are village-level only; a region's query reads one month of them across its villages,
    // so the key starts with the date.
    .addPrimaryKeyConstraint('resident_counts_day_pk', ['birth_date', 'region_code', ...counterKey])
    .$call(clustered)
    .execute();

  await withIdColumn(db.schema.createTable('elections'), engine)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('voting_date', date, (c) => c.notNull())
    .addColumn('region_codes', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('created_by', bigint)
    .execute();

  await withIdColumn(db.schema.createTable('import_jobs'), engine)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_hash', 'text', (c) => c.notNull())
    .addColumn('file_path', 'text', (c) => c.notNull())
    .addColumn('bytes_total', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('bytes_done', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('heartbeat_at', ts)
    .addColumn('scope_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('user_id', bigint)
    .addColumn('mapping', 'text')
    .addColumn('rows_total', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('rows_done', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('last_line', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('rows_inserted', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('rows_updated', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('rows_unchanged', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('rows_rejected', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('started_at', ts, (c) => c.notNull())
    .addColumn('finished_at', ts)
    .addColumn('message', 'text')
    .addColumn('message_en', 'text')
    .execute();
  await db.schema
    .createIndex('import_jobs_hash_idx')
    .on('import_jobs')
    .columns(['file_hash', 'kind', 'scope_code'])
    .execute();

  await withIdColumn(db.schema.createTable('import_errors'), engine)
    .addColumn('job_id', bigint, (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('column_name', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('message_en', 'text', (c) => c.notNull())
    .addColumn('raw', 'text')
    .execute();
  await db.schema
    .createIndex('import_errors_job_idx')
    .on('import_errors')
    .columns(['job_id', 'line'])
    .execute();
}
