import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DailyReportsTable, Database } from '../../db/schema';

export type ReportRow = Selectable<DailyReportsTable> & {
  regency_name: string;
  submitted_by_name: string | null;
  reviewed_by_name: string | null;
};
export type NewReportRow = Insertable<DailyReportsTable>;

/** Reports with the names a reader needs (regency, submitter, reviewer) in one query. */
function selectReports(db: Kysely<Database>) {
  return db
    .selectFrom('daily_reports as d')
    .innerJoin('regions as r', 'r.code', 'd.regency_code')
    .leftJoin('users as su', 'su.id', 'd.submitted_by')
    .leftJoin('users as ru', 'ru.id', 'd.reviewed_by')
    .selectAll('d')
    .select([
      'r.name as regency_name',
      'su.full_name as submitted_by_name',
      'ru.full_name as reviewed_by_name',
    ]);
}

export async function findReportById(db: Kysely<Database>, id: number): Promise<ReportRow | undefined> {
  return selectReports(db).where('d.id', '=', id).executeTakeFirst();
}

export async function findReportFor(
  db: Kysely<Database>,
  regency: string,
  date: string,
): Promise<ReportRow | undefined> {
  return selectReports(db)
    .where('d.regency_code', '=', regency)
    .where('d.date', '=', date)
    .executeTakeFirst();
}

/** The reports of these regencies on one day. */
export async function listReportsOn(
  db: Kysely<Database>,
  regencies: readonly string[],
  date: string,
): Promise<ReportRow[]> {
  if (regencies.length === 0) return [];
  return selectReports(db).where('d.regency_code', 'in', regencies).where('d.date', '=', date).execute();
}

/** A regency's reports between two dates (inclusive), oldest first. */
export async function listReportsBetween(
  db: Kysely<Database>,
  regency: string,
  from: string,
  to: string,
): Promise<ReportRow[]> {
  return selectReports(db)
    .where('d.regency_code', '=', regency)
    .where('d.date', '>=', from)
    .where('d.date', '<=', to)
    .orderBy('d.date')
    .execute();
}

/** The latest `limit` reports of a regency before a date, newest first (the checks' context). */
export async function recentReportsBefore(
  db: Kysely<Database>,
  regency: string,
  date: string,
  limit: number,
) {
  return db
    .selectFrom('daily_reports')
    .select(['date', 'cumulative_recorded', 'printed', 'recorded_today'])
    .where('regency_code', '=', regency)
    .where('date', '<', date)
    .orderBy('date', 'desc')
    .limit(limit)
    .execute();
}

export async function insertReport(db: Kysely<Database>, row: NewReportRow): Promise<number | undefined> {
  // A concurrent first submission for the same day loses on the unique key instead of failing the request.
  const inserted = await db
    .insertInto('daily_reports')
    .values(row)
    .onConflict((oc) => oc.columns(['regency_code', 'date']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

/** Updates a report unless it is approved (checked in the statement, so a race cannot slip past). */
export async function updateUnapprovedReport(
  db: Kysely<Database>,
  id: number,
  values: Updateable<DailyReportsTable>,
): Promise<boolean> {
  const r = await db
    .updateTable('daily_reports')
    .set(values)
    .where('id', '=', id)
    .where('status', '<>', 'approved')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Moves a report out of `submitted` (the review); false when it was no longer waiting. */
export async function reviewSubmittedReport(
  db: Kysely<Database>,
  id: number,
  values: Pick<DailyReportsTable, 'status' | 'reviewed_by' | 'reviewed_at' | 'review_comment'>,
): Promise<boolean> {
  const r = await db
    .updateTable('daily_reports')
    .set(values)
    .where('id', '=', id)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The recorded count of a regency's day-close snapshot, if one was taken. */
export async function findSnapshotRecorded(
  db: Kysely<Database>,
  region: string,
  date: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('coverage_snapshots')
    .select('recorded')
    .where('region_code', '=', region)
    .where('date', '=', date)
    .executeTakeFirst();
  return row?.recorded;
}

/** Whether any daily report was ever stored (daily reporting is in use at all). */
export async function anyReportStored(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('daily_reports').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Each of these regencies' latest report date on or after `from` (any status); absent: none since. */
export async function latestReportDatesFrom(
  db: Kysely<Database>,
  regencies: readonly string[],
  from: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('daily_reports')
    .select(['regency_code', (eb) => eb.fn.max('date').as('latest')])
    .where('date', '>=', from)
    .where('regency_code', 'in', regencies)
    .groupBy('regency_code')
    .execute();
  return new Map(rows.map((r) => [r.regency_code, String(r.latest)]));
}

/** What the month grid needs of these regencies' reports between two dates (inclusive). */
export async function listReportTimesBetween(
  db: Kysely<Database>,
  regencies: readonly string[],
  from: string,
  to: string,
) {
  if (regencies.length === 0) return [];
  return db
    .selectFrom('daily_reports')
    .select(['regency_code', 'date', 'status', 'submitted_at'])
    .where('regency_code', 'in', regencies)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
}

/** The day-close figures of a region on a date (the demo seed reports what the snapshots say). */
export function findSnapshotFigures(db: Kysely<Database>, region: string, date: string) {
  return db
    .selectFrom('coverage_snapshots')
    .select(['recorded', 'must_hold_id', 'print_ready_waiting', 'printed'])
    .where('region_code', '=', region)
    .where('date', '=', date)
    .executeTakeFirst();
}

/** The regencies of a province, by code. */
export function regencyCodesOf(db: Kysely<Database>, province: string) {
  return db
    .selectFrom('regions')
    .select('code')
    .where('level', '=', 'regency')
    .where('code', 'like', `${province}.%`)
    .orderBy('code')
    .execute();
}

/** Users by username (the demo seed's submitters and reviewers). */
export function findUsersNamed(db: Kysely<Database>, usernames: readonly string[]) {
  return db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('username', 'in', [...usernames])
    .execute();
}
