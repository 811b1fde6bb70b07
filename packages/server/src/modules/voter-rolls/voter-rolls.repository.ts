import type { VoterRollClass } from '@sigap/domain';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, VoterRollRowsTable, VoterRollsTable } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';

export type VoterRollRow = Selectable<VoterRollsTable>;
export type VoterRollRowRow = Selectable<VoterRollRowsTable>;

export async function insertRoll(db: Kysely<Database>, row: Insertable<VoterRollsTable>): Promise<number> {
  const r = await db.insertInto('voter_rolls').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export function findRoll(db: Kysely<Database>, id: number): Promise<VoterRollRow | undefined> {
  return db.selectFrom('voter_rolls').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findRollOfJob(db: Kysely<Database>, jobId: number): Promise<VoterRollRow | undefined> {
  return db.selectFrom('voter_rolls').selectAll().where('import_job_id', '=', jobId).executeTakeFirst();
}

/** Rolls of regions inside a scope, newest first. */
export function listRollRows(db: Kysely<Database>, scope: string): Promise<VoterRollRow[]> {
  return db
    .selectFrom('voter_rolls')
    .selectAll()
    .where(withinScope('region_code', scope))
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
}

export async function insertRollRows(
  db: Kysely<Database>,
  rows: Insertable<VoterRollRowsTable>[],
): Promise<void> {
  // 11 columns a row: 80 rows stay under SQLite's 999 bound parameters.
  for (let i = 0; i < rows.length; i += 80) {
    await db
      .insertInto('voter_roll_rows')
      .values(rows.slice(i, i + 80))
      .execute();
  }
}

/** Counts per class and per child region (`childLength` characters of the region code) inside `region`. */
export async function countByChild(
  db: Kysely<Database>,
  rollId: number,
  region: string,
  childLength: number,
): Promise<{ child: string; class: VoterRollClass; n: number }[]> {
  // Inlined (an integer from a fixed table): PostgreSQL matches the GROUP BY to the select by its text.
  const child = sql<string>`substr(region_code, 1, ${sql.lit(Math.trunc(childLength))})`;
  const rows = await db
    .selectFrom('voter_roll_rows')
    .select([child.as('child'), 'class', (eb) => eb.fn.countAll<number>().as('n')])
    .where('roll_id', '=', rollId)
    .where('class', 'is not', null)
    .where(withinScope('region_code', region))
    .groupBy([child, 'class'])
    .execute();
  return rows.map((r) => ({ child: r.child, class: r.class as VoterRollClass, n: Number(r.n) }));
}

function setQuery(db: Kysely<Database>, rollId: number, cls: VoterRollClass, region: string) {
  return db
    .selectFrom('voter_roll_rows')
    .where('roll_id', '=', rollId)
    .where('class', '=', cls)
    .where(withinScope('region_code', region));
}

export async function pageOfSet(
  db: Kysely<Database>,
  rollId: number,
  cls: VoterRollClass,
  region: string,
  page: { limit: number; offset: number },
) {
  const base = setQuery(db, rollId, cls, region);
  const rows = await base
    .selectAll()
    .orderBy('region_code')
    .orderBy('line')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** A whole set, for a download (a district's set is thousands of rows, not millions). */
export function allOfSet(db: Kysely<Database>, rollId: number, cls: VoterRollClass, region: string) {
  return setQuery(db, rollId, cls, region).selectAll().orderBy('region_code').orderBy('line').execute();
}

export async function residentIdsOfSet(
  db: Kysely<Database>,
  rollId: number,
  cls: VoterRollClass,
  region: string,
): Promise<number[]> {
  const rows = await setQuery(db, rollId, cls, region)
    .select('resident_id')
    .where('resident_id', 'is not', null)
    .orderBy('region_code')
    .orderBy('resident_id')
    .execute();
  return [...new Set(rows.map((r) => Number(r.resident_id)))];
}

/** The deceased of a set with the certificate number on record (the newest death entry of each). */
export async function deceasedWithCertificates(db: Kysely<Database>, rollId: number, region: string) {
  return db
    .selectFrom('voter_roll_rows as v')
    .innerJoin('resident_history as h', (j) =>
      j
        .onRef('h.resident_id', '=', 'v.resident_id')
        .on('h.field', '=', 'life')
        .on('h.to_value', '=', 'DECEASED')
        .on('h.document_no', 'is not', null),
    )
    .select([
      'v.line',
      'v.nik',
      'v.full_name',
      'v.birth_date',
      'v.sex',
      'v.address',
      'v.tps',
      'v.region_code',
      'h.document_no',
      'h.event_date',
    ])
    .where('v.roll_id', '=', rollId)
    .where('v.class', '=', 'deceased_certified')
    .where(withinScope('v.region_code', region))
    .orderBy('v.region_code')
    .orderBy('v.line')
    .orderBy('h.id', 'desc')
    .execute();
}

/** The import job that staged a roll, with the username who started it. */
export function findRollJob(db: Kysely<Database>, jobId: number) {
  return db
    .selectFrom('import_jobs')
    .leftJoin('users', 'users.id', 'import_jobs.user_id')
    .selectAll('import_jobs')
    .select('users.username')
    .where('import_jobs.id', '=', jobId)
    .executeTakeFirstOrThrow();
}
