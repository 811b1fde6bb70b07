import type { Insertable, Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Database, PrintCardsTable, PrintRollsTable, ResidentRow } from '../../db/schema';
import { withinRegion, withinScope } from '../../db/scope-filter';

export type PrintCardRow = Selectable<PrintCardsTable>;
export type PrintRollRow = Selectable<PrintRollsTable>;

export function findResident(db: Kysely<Database>, id: number): Promise<ResidentRow | undefined> {
  return db.selectFrom('residents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertCard(db: Kysely<Database>, row: Insertable<PrintCardsTable>): Promise<number> {
  const r = await db.insertInto('print_cards').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export function findCard(db: Kysely<Database>, id: number): Promise<PrintCardRow | undefined> {
  return db.selectFrom('print_cards').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The resident's latest card that was printed and not spoiled (the one to hand over). */
export function latestGoodCard(db: Kysely<Database>, residentId: number): Promise<PrintCardRow | undefined> {
  return db
    .selectFrom('print_cards')
    .selectAll()
    .where('resident_id', '=', residentId)
    .where('spoiled', '=', 0)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function setHandover(
  db: Kysely<Database>,
  id: number,
  h: { on: string; receivedBy: string; receiverName: string | null; by: number; now: string },
): Promise<void> {
  await db
    .updateTable('print_cards')
    .set({
      handed_over_on: h.on,
      received_by: h.receivedBy,
      receiver_name: h.receiverName,
      handed_over_by: h.by,
      updated_at: h.now,
    })
    .where('id', '=', id)
    .execute();
}

/** The ribbon or film in use at an office (none when the last one was finished). */
export function openRoll(db: Kysely<Database>, office: string, item: 'RIBBON' | 'FILM') {
  return db
    .selectFrom('print_rolls')
    .selectAll()
    .where('office_code', '=', office)
    .where('item', '=', item)
    .where('finished_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function startRoll(db: Kysely<Database>, row: Insertable<PrintRollsTable>): Promise<number> {
  const r = await db.insertInto('print_rolls').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function countOnRoll(db: Kysely<Database>, id: number, finishedAt: string | null) {
  await db
    .updateTable('print_rolls')
    .set((eb) => ({ cards: eb('cards', '+', 1), finished_at: finishedAt }))
    .where('id', '=', id)
    .execute();
}

export async function finishRoll(db: Kysely<Database>, id: number, at: string) {
  await db.updateTable('print_rolls').set({ finished_at: at }).where('id', '=', id).execute();
}

/** Blanko leaving the ledger by printing (consume + spoil) per location inside a region. */
export function blankoConsumedByLocation(db: Kysely<Database>, region: string) {
  return db
    .selectFrom('stock_lines')
    .select(['location_code', sql<string>`sum(-quantity)`.as('n')])
    .where('item', '=', 'BLANKO')
    .where('move', 'in', ['consume', 'spoil'])
    .where(withinScope('location_code', region))
    .groupBy('location_code')
    .execute();
}

/** Sigap's printed and spoiled cards per printing office inside a region. */
export function cardsByOffice(db: Kysely<Database>, region: string) {
  return db
    .selectFrom('print_cards')
    .select(['office_code', 'spoiled', sql<string>`count(*)`.as('n')])
    .where(withinScope('office_code', region))
    .groupBy(['office_code', 'spoiled'])
    .execute();
}

/** Residents moved to printed by SIAK imports, per village inside a region (history, source import). */
export function importedPrintsByVillage(db: Kysely<Database>, region: string) {
  return db
    .selectFrom('resident_history as h')
    .innerJoin('residents as r', 'r.id', 'h.resident_id')
    .select(['r.village_code', sql<string>`count(*)`.as('n')])
    .where('h.field', '=', 'print')
    .where('h.to_value', '=', 'PRINTED')
    .where('h.source', '=', 'import')
    .where(withinRegion('r.village_code', region))
    .groupBy('r.village_code')
    .execute();
}

export function regionNames(db: Kysely<Database>, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('code', 'in', [...codes])
    .execute();
}

/** Cards printed at an office and not handed over (the resident is still PRINTED), oldest first. */
export function awaitingHandover(db: Kysely<Database>, office: string) {
  return db
    .selectFrom('print_cards as c')
    .innerJoin('residents as r', 'r.id', 'c.resident_id')
    .select(['c.id', 'c.resident_id', 'c.printed_on', 'r.full_name', 'r.nik', 'r.village_code'])
    .where('c.office_code', '=', office)
    .where('c.spoiled', '=', 0)
    .where('c.handed_over_on', 'is', null)
    .where('r.print_status', '=', 'PRINTED')
    .orderBy('c.printed_on')
    .orderBy('c.id')
    .limit(500)
    .execute();
}
