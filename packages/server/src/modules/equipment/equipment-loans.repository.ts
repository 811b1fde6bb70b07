import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database, EquipmentLoansTable } from '../../db/schema';

export type LoanRow = Selectable<EquipmentLoansTable> & { to_region_name: string | null };
export type LoanItemRow = { loan_id: number; id: number; tag: string; name: string; kind: string };
export type LoanOperatorRow = { loan_id: number; id: number; name: string };

function loansQuery(db: Kysely<Database>) {
  return db
    .selectFrom('equipment_loans as l')
    .leftJoin('regions as r', 'r.code', 'l.to_region')
    .selectAll('l')
    .select('r.name as to_region_name');
}

export async function findLoanRow(db: Kysely<Database>, id: number): Promise<LoanRow | undefined> {
  return loansQuery(db).where('l.id', '=', id).executeTakeFirst();
}

/** Loans lent from or to a region (or below it) whose period meets [from, to], by start date. */
export async function listLoanRows(
  db: Kysely<Database>,
  region: string,
  from: string,
  to: string,
): Promise<LoanRow[]> {
  let q = loansQuery(db).where('l.start_date', '<=', to).where('l.end_date', '>=', from);
  if (region !== 'ID') {
    q = q.where((eb) =>
      eb.or([
        eb('l.to_region', '=', region),
        eb('l.to_region', 'like', `${region}.%`),
        eb('l.from_region', '=', region),
        eb('l.from_region', 'like', `${region}.%`),
      ]),
    );
  }
  return q.orderBy('l.start_date').orderBy('l.id').execute();
}

/** Arrived loans to regencies inside a region, running on `date`. */
export async function arrivedLoanRowsOn(
  db: Kysely<Database>,
  region: string,
  date: string,
): Promise<LoanRow[]> {
  let q = loansQuery(db)
    .where('l.state', '=', 'arrived')
    .where('l.start_date', '<=', date)
    .where('l.end_date', '>=', date);
  if (region !== 'ID') {
    q = q.where((eb) => eb.or([eb('l.to_region', '=', region), eb('l.to_region', 'like', `${region}.%`)]));
  }
  return q.execute();
}

export async function loanItemRows(db: Kysely<Database>, loanIds: readonly number[]): Promise<LoanItemRow[]> {
  if (loanIds.length === 0) return [];
  return db
    .selectFrom('equipment_loan_items as li')
    .innerJoin('equipment_items as e', 'e.id', 'li.item_id')
    .select(['li.loan_id', 'e.id', 'e.tag', 'e.name', 'e.kind'])
    .where('li.loan_id', 'in', [...loanIds])
    .orderBy('e.tag')
    .execute();
}

export async function loanOperatorRows(
  db: Kysely<Database>,
  loanIds: readonly number[],
): Promise<LoanOperatorRow[]> {
  if (loanIds.length === 0) return [];
  return db
    .selectFrom('equipment_loan_operators as lo')
    .innerJoin('equipment_operators as o', 'o.id', 'lo.operator_id')
    .select(['lo.loan_id', 'o.id', 'o.name'])
    .where('lo.loan_id', 'in', [...loanIds])
    .orderBy('o.name')
    .execute();
}

export async function insertLoanRow(
  db: Kysely<Database>,
  row: Insertable<EquipmentLoansTable>,
): Promise<number> {
  const r = await db.insertInto('equipment_loans').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function insertLoanMembers(
  db: Kysely<Database>,
  loanId: number,
  itemIds: readonly number[],
  operatorIds: readonly number[],
): Promise<void> {
  await db
    .insertInto('equipment_loan_items')
    .values(itemIds.map((item_id) => ({ loan_id: loanId, item_id })))
    .execute();
  if (operatorIds.length > 0) {
    await db
      .insertInto('equipment_loan_operators')
      .values(operatorIds.map((operator_id) => ({ loan_id: loanId, operator_id })))
      .execute();
  }
}

/**
 * Claims every (resource, day) of a loan. A day another live loan holds is skipped, not an error (so the
 * PostgreSQL transaction stays usable); returns how many rows were claimed: fewer than asked is a clash.
 * On PostgreSQL a concurrent claim of the same day waits for the other transaction and then skips.
 */
export async function claimLoanDays(
  db: Kysely<Database>,
  loanId: number,
  resources: readonly string[],
  days: readonly string[],
): Promise<number> {
  const rows = resources.flatMap((resource) => days.map((day) => ({ resource, day, loan_id: loanId })));
  const claimed = await db
    .insertInto('equipment_loan_days')
    .values(rows)
    .onConflict((oc) => oc.columns(['resource', 'day']).doNothing())
    .returning('resource')
    .execute();
  return claimed.length;
}

/** The first stored claim on any of these resources within [start, end]: the loan in the way. */
export async function firstClash(
  db: Kysely<Database>,
  resources: readonly string[],
  start: string,
  end: string,
): Promise<{ resource: string; loan_id: number } | undefined> {
  return db
    .selectFrom('equipment_loan_days')
    .select(['resource', 'loan_id'])
    .where('resource', 'in', [...resources])
    .where('day', '>=', start)
    .where('day', '<=', end)
    .orderBy('day')
    .executeTakeFirst();
}

export async function releaseLoanDays(db: Kysely<Database>, loanId: number): Promise<void> {
  await db.deleteFrom('equipment_loan_days').where('loan_id', '=', loanId).execute();
}

/** Moves a loan's state only from the one the service saw; false when a concurrent action got there first. */
export async function moveLoanState(
  db: Kysely<Database>,
  id: number,
  from: EquipmentLoansTable['state'],
  patch: Updateable<EquipmentLoansTable>,
): Promise<boolean> {
  const r = await db
    .updateTable('equipment_loans')
    .set(patch)
    .where('id', '=', id)
    .where('state', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The active operators of a regency office: who is told about a loan coming (a read of the users table). */
export async function regencyOperatorIds(db: Kysely<Database>, region: string): Promise<number[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'operator_kabkota')
    .where('region_code', '=', region)
    .where('active', '=', 1)
    .execute();
  return rows.map((r) => Number(r.id));
}
