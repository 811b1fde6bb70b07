import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, ElectionsTable } from '../../db/schema';

export type ElectionRow = Selectable<ElectionsTable>;

/** Every election, newest voting day first. */
export async function listElectionRows(db: Kysely<Database>): Promise<ElectionRow[]> {
  return db.selectFrom('elections').selectAll().orderBy('voting_date', 'desc').execute();
}

/** Elections voting on or after a date, soonest first. */
export async function listElectionRowsFrom(db: Kysely<Database>, date: string): Promise<ElectionRow[]> {
  return db
    .selectFrom('elections')
    .selectAll()
    .where('voting_date', '>=', date)
    .orderBy('voting_date')
    .execute();
}

export async function findElectionRow(db: Kysely<Database>, id: number): Promise<ElectionRow | undefined> {
  return db.selectFrom('elections').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function electionNameExists(db: Kysely<Database>, name: string): Promise<boolean> {
  const row = await db.selectFrom('elections').select('id').where('name', '=', name).executeTakeFirst();
  return row !== undefined;
}

export async function insertElection(db: Kysely<Database>, row: Insertable<ElectionsTable>): Promise<number> {
  const inserted = await db.insertInto('elections').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** Sets an election's target share; false when no such election. */
export async function updateElectionTarget(
  db: Kysely<Database>,
  id: number,
  target: number,
): Promise<boolean> {
  const r = await db.updateTable('elections').set({ target }).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
