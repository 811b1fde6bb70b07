import type { Insertable, Kysely, Selectable } from 'kysely';
import type { EngineStore } from '../../db/engine/engine-store';
import type {
  Database,
  StockBalancesTable,
  StockItemCode,
  StockLinesTable,
  StockShipmentsTable,
} from '../../db/schema';

export type StockLineRow = Selectable<StockLinesTable>;
export type StockBalanceRow = Selectable<StockBalancesTable>;
export type StockShipmentRow = Selectable<StockShipmentsTable>;

/** `location_code` inside a region (itself or below; 'ID' is everything). */
function within<Q extends { where: (...a: never[]) => Q }>(q: Q, column: string, region: string): Q {
  if (region === 'ID') return q;
  // biome-ignore lint/suspicious/noExplicitAny: the one helper serves several tables' builders.
  return (q as any).where((eb: any) => eb.or([eb(column, '=', region), eb(column, 'like', `${region}.%`)]));
}

/** Creates the card's counter row at zero when it has none, so there is always a row to lock. */
export async function ensureBalanceRow(
  db: Kysely<Database>,
  item: StockItemCode,
  location: string,
  now: string,
) {
  await db
    .insertInto('stock_balances')
    .values({ item, location_code: location, on_hand: 0, in_transit: 0, updated_at: now })
    .onConflict((oc) => oc.columns(['item', 'location_code']).doNothing())
    .execute();
}

/** The counter row, locked until the transaction ends (PostgreSQL; SQLite's writer is alone anyway). */
export async function lockBalanceRow(
  db: Kysely<Database>,
  store: EngineStore,
  item: StockItemCode,
  location: string,
): Promise<StockBalanceRow> {
  const q = db
    .selectFrom('stock_balances')
    .selectAll()
    .where('item', '=', item)
    .where('location_code', '=', location);
  return store.lockRows(q).executeTakeFirstOrThrow();
}

export async function addToBalance(
  db: Kysely<Database>,
  item: StockItemCode,
  location: string,
  delta: { onHand: number; inTransit: number },
  now: string,
): Promise<void> {
  await db
    .updateTable('stock_balances')
    .set((eb) => ({
      on_hand: eb('on_hand', '+', delta.onHand),
      in_transit: eb('in_transit', '+', delta.inTransit),
      updated_at: now,
    }))
    .where('item', '=', item)
    .where('location_code', '=', location)
    .execute();
}

/** The card's lines as the ledger rules need them (date, processing order, quantity). */
export async function cardLedger(db: Kysely<Database>, item: StockItemCode, location: string) {
  const rows = await db
    .selectFrom('stock_lines')
    .select(['id', 'occurred_on', 'quantity', 'move'])
    .where('item', '=', item)
    .where('location_code', '=', location)
    .execute();
  return rows.map((r) => ({
    seq: Number(r.id),
    occurredOn: r.occurred_on,
    quantity: Number(r.quantity),
    consumption: r.move === 'consume' || r.move === 'spoil',
  }));
}

export async function latestOccurredOn(db: Kysely<Database>, item: StockItemCode, location: string) {
  const r = await db
    .selectFrom('stock_lines')
    .select((eb) => eb.fn.max('occurred_on').as('d'))
    .where('item', '=', item)
    .where('location_code', '=', location)
    .executeTakeFirst();
  return (r?.d as string | null | undefined) ?? null;
}

export async function insertLineRow(
  db: Kysely<Database>,
  row: Insertable<StockLinesTable>,
): Promise<StockLineRow> {
  return db.insertInto('stock_lines').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listCardRows(db: Kysely<Database>, item: StockItemCode, location: string) {
  return db
    .selectFrom('stock_lines')
    .selectAll()
    .where('item', '=', item)
    .where('location_code', '=', location)
    .orderBy('occurred_on')
    .orderBy('id')
    .execute();
}

export async function findBalanceRow(db: Kysely<Database>, item: StockItemCode, location: string) {
  return db
    .selectFrom('stock_balances')
    .selectAll()
    .where('item', '=', item)
    .where('location_code', '=', location)
    .executeTakeFirst();
}

export async function listBalanceRows(db: Kysely<Database>, region: string): Promise<StockBalanceRow[]> {
  return within(db.selectFrom('stock_balances').selectAll(), 'location_code', region)
    .orderBy('location_code')
    .orderBy('item')
    .execute();
}

/** Every line of an item inside a region (its aggregated card: consumption and stock-out days of an area). */
export async function areaLedger(db: Kysely<Database>, item: StockItemCode, region: string) {
  const rows = await within(
    db.selectFrom('stock_lines').select(['id', 'occurred_on', 'quantity', 'move']).where('item', '=', item),
    'location_code',
    region,
  ).execute();
  return rows.map((r) => ({
    seq: Number(r.id),
    occurredOn: r.occurred_on,
    quantity: Number(r.quantity),
    consumption: r.move === 'consume' || r.move === 'spoil',
  }));
}

export async function insertShipmentRow(db: Kysely<Database>, row: Insertable<StockShipmentsTable>) {
  return db.insertInto('stock_shipments').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findShipmentRow(db: Kysely<Database>, id: number) {
  return db.selectFrom('stock_shipments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Shipments sent from or to a location inside the region, newest first. */
export async function listShipmentRows(db: Kysely<Database>, region: string, status?: string) {
  let q = db.selectFrom('stock_shipments').selectAll();
  if (region !== 'ID') {
    q = q.where((eb) =>
      eb.or([
        eb('source_code', '=', region),
        eb('source_code', 'like', `${region}.%`),
        eb('destination_code', '=', region),
        eb('destination_code', 'like', `${region}.%`),
      ]),
    );
  }
  if (status) q = q.where('status', '=', status as 'in_transit');
  return q.orderBy('id', 'desc').limit(200).execute();
}

/** Marks a shipment received, only if it is still in transit (false: someone received it meanwhile). */
export async function markShipmentReceived(
  db: Kysely<Database>,
  id: number,
  pod: { accepted: number; rejected: number; reason: string | null; receivedOn: string; by: number | null },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('stock_shipments')
    .set({
      status: 'received',
      accepted: pod.accepted,
      rejected: pod.rejected,
      rejection_reason: pod.reason,
      received_on: pod.receivedOn,
      received_by: pod.by,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('status', '=', 'in_transit')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Active users working at exactly this office (the sender a discrepancy is reported back to). */
export async function usersAtOffice(db: Kysely<Database>, location: string): Promise<number[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('region_code', '=', location)
    .where('active', '=', 1)
    .where('role', 'in', ['superadmin', 'admin_provinsi', 'operator_kabkota'])
    .execute();
  return rows.map((r) => Number(r.id));
}

export async function regionNames(
  db: Kysely<Database>,
  codes: readonly string[],
): Promise<Map<string, string>> {
  const list = [...new Set(codes)].filter((c) => c !== 'ID');
  const rows = list.length
    ? await db.selectFrom('regions').select(['code', 'name']).where('code', 'in', list).execute()
    : [];
  return new Map(rows.map((r) => [r.code, r.name]));
}
