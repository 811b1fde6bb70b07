import type { Kysely } from 'kysely';
import type { Database, ReadBudgetUsageTable } from '../../db/schema';

export interface BudgetWindow {
  kind: ReadBudgetUsageTable['window_kind'];
  no: number;
}

/** Rows read so far by the user in each of the given windows (a window never used is absent). */
export async function findUsage(db: Kysely<Database>, userId: number, windows: readonly BudgetWindow[]) {
  if (windows.length === 0) return [];
  return db
    .selectFrom('read_budget_usage')
    .select(['window_kind', 'window_no', 'rows_read', 'alerted'])
    .where('user_id', '=', userId)
    .where((eb) =>
      eb.or(windows.map((w) => eb.and([eb('window_kind', '=', w.kind), eb('window_no', '=', w.no)]))),
    )
    .execute();
}

/** Adds rows to each window's count in one atomic statement per window, so instances never lose a count. */
export async function addRowsRead(
  db: Kysely<Database>,
  userId: number,
  windows: readonly BudgetWindow[],
  rows: number,
): Promise<void> {
  for (const w of windows) {
    await db
      .insertInto('read_budget_usage')
      .values({ user_id: userId, window_kind: w.kind, window_no: w.no, rows_read: rows, alerted: 0 })
      .onConflict((oc) =>
        oc.columns(['user_id', 'window_kind', 'window_no']).doUpdateSet((eb) => ({
          rows_read: eb('read_budget_usage.rows_read', '+', eb.ref('excluded.rows_read')),
        })),
      )
      .execute();
  }
}

/** Marks the window as reported; true only for the one caller (of any instance) that marked it first. */
export async function claimAlert(db: Kysely<Database>, userId: number, w: BudgetWindow): Promise<boolean> {
  const r = await db
    .updateTable('read_budget_usage')
    .set({ alerted: 1 })
    .where('user_id', '=', userId)
    .where('window_kind', '=', w.kind)
    .where('window_no', '=', w.no)
    .where('alerted', '=', 0)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Drops the user's windows older than the current ones: the table stays a few rows per active user. */
export async function forgetOldWindows(
  db: Kysely<Database>,
  userId: number,
  current: readonly BudgetWindow[],
): Promise<void> {
  for (const w of current) {
    await db
      .deleteFrom('read_budget_usage')
      .where('user_id', '=', userId)
      .where('window_kind', '=', w.kind)
      .where('window_no', '<', w.no)
      .execute();
  }
}
