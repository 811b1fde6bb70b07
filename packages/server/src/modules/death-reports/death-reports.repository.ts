import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, DeathReportStatus, DeathReportsTable } from '../../db/schema';
import { withinRegion, withinScope } from '../../db/scope-filter';

export type DeathReportRow = Selectable<DeathReportsTable>;

/** A report with the names a reader needs: the resident, the village and both officers. */
export type DeathReportListRow = DeathReportRow & {
  full_name: string;
  nik: string;
  village_name: string | null;
  reporter: string | null;
  decider: string | null;
};

function withNames(db: Kysely<Database>) {
  return db
    .selectFrom('death_reports as d')
    .innerJoin('residents as r', 'r.id', 'd.resident_id')
    .leftJoin('regions as v', 'v.code', 'd.village_code')
    .leftJoin('users as u1', 'u1.id', 'd.reported_by')
    .leftJoin('users as u2', 'u2.id', 'd.decided_by')
    .selectAll('d')
    .select([
      'r.full_name',
      'r.nik',
      'v.name as village_name',
      'u1.username as reporter',
      'u2.username as decider',
    ]);
}

export async function insertDeathReport(
  db: Kysely<Database>,
  row: Insertable<DeathReportsTable>,
): Promise<number | undefined> {
  // A second open report for the same resident loses on the partial unique index instead of failing.
  const inserted = await db
    .insertInto('death_reports')
    .values(row)
    .onConflict((oc) =>
      // A literal, not a parameter: SQLite matches the conflict target to the partial index by its text.
      oc.column('resident_id').where('status', '=', sql.lit('pending')).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

/** The resident's open report, or else their latest decided one. */
export function findLatestForResident(
  db: Kysely<Database>,
  residentId: number,
): Promise<DeathReportListRow | undefined> {
  return withNames(db)
    .where('d.resident_id', '=', residentId)
    .orderBy((eb) => eb.case().when('d.status', '=', 'pending').then(0).else(1).end())
    .orderBy('d.id', 'desc')
    .executeTakeFirst();
}

export function findPendingForResident(
  db: Kysely<Database>,
  residentId: number,
): Promise<DeathReportRow | undefined> {
  return db
    .selectFrom('death_reports')
    .selectAll()
    .where('resident_id', '=', residentId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
}

/** Decides an open report; false when another officer decided it first. */
export async function decideDeathReport(
  db: Kysely<Database>,
  id: number,
  decision: {
    status: DeathReportStatus;
    decided_by: number;
    decided_at: string;
    decision_note: string | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('death_reports')
    .set(decision)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listDeathReports(
  db: Kysely<Database>,
  filter: { scope: string; status: DeathReportStatus; limit: number; offset: number },
): Promise<{ rows: DeathReportListRow[]; total: number }> {
  const rows = await withNames(db)
    .where('d.status', '=', filter.status)
    .where(withinScope('d.village_code', filter.scope))
    // Oldest open report first: it has waited longest; decided ones newest first.
    .orderBy('d.id', filter.status === 'pending' ? 'asc' : 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const count = await db
    .selectFrom('death_reports as d')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('d.status', '=', filter.status)
    .where(withinScope('d.village_code', filter.scope))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** Whether any death report exists (the demo seed files its reports into an empty table only). */
export async function anyDeathReport(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('death_reports').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Demo officers by username, for the demo seed. */
export function findOfficers(db: Kysely<Database>, usernames: readonly string[]) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'role'])
    .where('username', 'in', [...usernames])
    .execute();
}

/** The oldest residents still alive in a regency: the most plausible deaths for a demo report. */
export function oldestAliveIn(db: Kysely<Database>, regency: string, limit: number) {
  return db
    .selectFrom('residents')
    .selectAll()
    .where('life_status', '=', 'ALIVE')
    .where(withinRegion('village_code', regency))
    .orderBy('birth_date')
    .limit(limit)
    .execute();
}
