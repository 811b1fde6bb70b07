import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type {
  Database,
  EquipmentIncidentsTable,
  EquipmentItemsTable,
  EquipmentOperatorsTable,
} from '../../db/schema';

export type EquipmentItemRow = Selectable<EquipmentItemsTable> & { region_name: string | null };
export type EquipmentIncidentRow = Selectable<EquipmentIncidentsTable>;
export type OperatorRow = Selectable<EquipmentOperatorsTable>;

function itemsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('equipment_items as e')
    .leftJoin('regions as r', 'r.code', 'e.region_code')
    .selectAll('e')
    .select('r.name as region_name');
}

/** Items owned inside a region (the region itself or below; 'ID' is everything), by owner, kind and tag. */
export async function listItemRows(db: Kysely<Database>, region: string): Promise<EquipmentItemRow[]> {
  let q = itemsQuery(db);
  if (region !== 'ID') {
    q = q.where((eb) =>
      eb.or([eb('e.region_code', '=', region), eb('e.region_code', 'like', `${region}.%`)]),
    );
  }
  return q.orderBy('e.region_code').orderBy('e.kind').orderBy('e.tag').execute();
}

export async function findItemRow(db: Kysely<Database>, id: number): Promise<EquipmentItemRow | undefined> {
  return itemsQuery(db).where('e.id', '=', id).executeTakeFirst();
}

export async function findItemRows(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<EquipmentItemRow[]> {
  if (ids.length === 0) return [];
  return itemsQuery(db)
    .where('e.id', 'in', [...ids])
    .execute();
}

export async function tagExists(db: Kysely<Database>, tag: string): Promise<boolean> {
  const row = await db.selectFrom('equipment_items').select('id').where('tag', '=', tag).executeTakeFirst();
  return row !== undefined;
}

export async function insertItemRow(
  db: Kysely<Database>,
  row: Insertable<EquipmentItemsTable>,
): Promise<number> {
  const r = await db.insertInto('equipment_items').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateItemRow(
  db: Kysely<Database>,
  id: number,
  patch: Updateable<EquipmentItemsTable>,
): Promise<void> {
  await db.updateTable('equipment_items').set(patch).where('id', '=', id).execute();
}

/**
 * Moves an item's status only from the one the service saw (a concurrent report in between makes it
 * false), so the incident history always chains from → to without a gap.
 */
export async function moveItemStatus(
  db: Kysely<Database>,
  id: number,
  from: EquipmentItemsTable['status'],
  to: EquipmentItemsTable['status'],
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('equipment_items')
    .set({ status: to, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertIncidentRow(
  db: Kysely<Database>,
  row: Insertable<EquipmentIncidentsTable>,
): Promise<number> {
  const r = await db.insertInto('equipment_incidents').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** An item's history, newest first. */
export async function listIncidentRows(
  db: Kysely<Database>,
  itemId: number,
): Promise<EquipmentIncidentRow[]> {
  return db
    .selectFrom('equipment_incidents')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The latest status change of each item, for "broken since". */
export async function latestIncidentTimes(
  db: Kysely<Database>,
  itemIds: readonly number[],
): Promise<Map<number, string>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('equipment_incidents')
    .select(['item_id', (eb) => eb.fn.max('created_at').as('at')])
    .where('item_id', 'in', [...itemIds])
    .groupBy('item_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.item_id), String(r.at)]));
}

export async function listOperatorRows(db: Kysely<Database>, region: string): Promise<OperatorRow[]> {
  let q = db.selectFrom('equipment_operators').selectAll();
  if (region !== 'ID') {
    q = q.where((eb) => eb.or([eb('region_code', '=', region), eb('region_code', 'like', `${region}.%`)]));
  }
  return q.orderBy('region_code').orderBy('name').execute();
}

export async function findOperatorRows(db: Kysely<Database>, ids: readonly number[]): Promise<OperatorRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('equipment_operators')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

export async function insertOperatorRow(
  db: Kysely<Database>,
  row: Insertable<EquipmentOperatorsTable>,
): Promise<number> {
  const r = await db.insertInto('equipment_operators').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/**
 * Working items a regency/city office can take out on `day`: its own, and pool items on a live loan to it
 * that day (the jemput-bola planner's equipment sets).
 */
export async function usableItemRows(
  db: Kysely<Database>,
  regency: string,
  day: string,
): Promise<EquipmentItemRow[]> {
  return itemsQuery(db)
    .where('e.status', '=', 'working')
    .where((eb) =>
      eb.or([
        eb('e.region_code', '=', regency),
        eb(
          'e.id',
          'in',
          eb
            .selectFrom('equipment_loan_items as li')
            .innerJoin('equipment_loans as l', 'l.id', 'li.loan_id')
            .select('li.item_id')
            .where('l.to_region', '=', regency)
            .where('l.state', 'in', ['reserved', 'arrived'])
            .where('l.start_date', '<=', day)
            .where('l.end_date', '>=', day),
        ),
      ]),
    )
    .orderBy('e.kind')
    .orderBy('e.tag')
    .execute();
}
