import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, StockShipmentsTable } from '../../db/schema';

export type StockShipmentRow = Selectable<StockShipmentsTable>;

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
