import type { Insertable, Kysely, Selectable } from 'kysely';
import type { EngineStore } from '../../db/engine/engine-store';
import type { Database, StockBalancesTable, StockItemCode, StockLinesTable } from '../../db/schema';

export type StockLineRow = Selectable<StockLinesTable>;
export type StockBalanceRow = Selectable<StockBalancesTable>;

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
