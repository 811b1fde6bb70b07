import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database, StockRequestStatus, StockRequestsTable } from '../../db/schema';

export type StockRequestRow = Selectable<StockRequestsTable>;

export async function insertRequestRow(db: Kysely<Database>, row: Insertable<StockRequestsTable>) {
  return db.insertInto('stock_requests').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findRequestRow(db: Kysely<Database>, id: number): Promise<StockRequestRow | undefined> {
  return db.selectFrom('stock_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Requests made by, or addressed to, an office inside the region; newest first. */
export async function listRequestRows(db: Kysely<Database>, region: string, status?: StockRequestStatus) {
  let q = db.selectFrom('stock_requests').selectAll();
  if (region !== 'ID') {
    q = q.where((eb) =>
      eb.or([
        eb('requester_code', '=', region),
        eb('requester_code', 'like', `${region}.%`),
        eb('supplier_code', '=', region),
      ]),
    );
  }
  if (status) q = q.where('status', '=', status);
  return q.orderBy('id', 'desc').limit(200).execute();
}

/**
 * Moves a request on, only from the state the caller read (false: it moved meanwhile). The guard is what
 * keeps the state machine whole under concurrency: two approvals cannot both win.
 */
export async function transitionRequestRow(
  db: Kysely<Database>,
  id: number,
  from: StockRequestStatus,
  patch: Updateable<StockRequestsTable>,
): Promise<boolean> {
  const r = await db
    .updateTable('stock_requests')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertRequestEvent(
  db: Kysely<Database>,
  e: {
    requestId: number;
    status: StockRequestStatus;
    quantity: number | null;
    note: string | null;
    actorId: number | null;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('stock_request_events')
    .values({
      request_id: e.requestId,
      status: e.status,
      quantity: e.quantity,
      note: e.note,
      actor_id: e.actorId,
      at: e.at,
    })
    .execute();
}

export async function listRequestEvents(db: Kysely<Database>, requestId: number) {
  return db
    .selectFrom('stock_request_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.status', 'e.quantity', 'e.note', 'e.at', 'u.full_name as actor'])
    .where('e.request_id', '=', requestId)
    .orderBy('e.id')
    .execute();
}
