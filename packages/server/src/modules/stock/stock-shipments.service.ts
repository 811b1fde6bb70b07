import type { ReceiveShipmentBody, ShipStockBody, StockShipment } from '@sigap/contracts';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { stockErrors } from './stock.errors';
import { toShipment } from './stock.presenter';
import { regionNames } from './stock.repository';
import { checkLocation, checkNotFuture, supplierOf } from './stock.service';
import { deliverCommand } from './stock-delivery.commands';
import { shipCommand } from './stock-moves.commands';
import { findShipmentRow, listShipmentRows, type StockShipmentRow } from './stock-shipments.repository';

const by = (ctx: RequestContext) => ({ actor: ctx.user, ip: ctx.ip });

/** Stock moves down: the centre ships to a province, a province to one of its regencies. */
export async function shipStock(
  handle: Db,
  ctx: RequestContext,
  b: ShipStockBody,
  requestId: number | null = null,
): Promise<StockShipment> {
  authorize(ctx.user, 'stock.move', b.location);
  await checkLocation(handle, b.location);
  if (supplierOf(b.destination) !== b.location) throw stockErrors.badDestination();
  await checkLocation(handle, b.destination);
  checkNotFuture(b.location, b.occurredOn);
  const shipment = await shipCommand(
    handle,
    {
      item: b.item,
      source: b.location,
      destination: b.destination,
      quantity: b.quantity,
      occurredOn: b.occurredOn,
      documentNo: b.documentNo,
      note: b.note ?? null,
      requestId,
    },
    by(ctx),
  );
  return present(handle, shipment);
}

async function present(handle: Db, row: StockShipmentRow): Promise<StockShipment> {
  return toShipment(row, await regionNames(handle.db, [row.source_code, row.destination_code]));
}

/** A shipment whose destination lies in the user's scope (its sender's scope holds the destination too). */
async function loadShipment(
  handle: Db,
  ctx: RequestContext,
  id: number,
  action: 'stock.read' | 'stock.move',
) {
  authorize(ctx.user, action);
  const row = await findShipmentRow(handle.db, id);
  if (!row) throw stockErrors.shipmentNotFound(id);
  authorize(ctx.user, action, row.destination_code);
  return row;
}

export async function getShipment(handle: Db, ctx: RequestContext, id: number): Promise<StockShipment> {
  return present(handle, await loadShipment(handle, ctx, id, 'stock.read'));
}

export async function listShipments(
  handle: Db,
  ctx: RequestContext,
  region?: string,
  status?: 'in_transit' | 'received',
) {
  const where = region ?? ctx.user.regionCode;
  authorize(ctx.user, 'stock.read', where);
  const rows = await listShipmentRows(handle.db, where, status);
  const names = await regionNames(
    handle.db,
    rows.flatMap((r) => [r.source_code, r.destination_code]),
  );
  return rows.map((r) => toShipment(r, names));
}

/** Proof of delivery: accepted + rejected = shipped, a rejection with its reason, not before it was shipped. */
export async function receiveShipment(
  handle: Db,
  ctx: RequestContext,
  id: number,
  b: ReceiveShipmentBody,
): Promise<StockShipment> {
  const row = await loadShipment(handle, ctx, id, 'stock.move');
  if (row.status !== 'in_transit') throw stockErrors.alreadyReceived();
  if (b.accepted + b.rejected !== Number(row.quantity)) throw stockErrors.podMismatch(Number(row.quantity));
  if (b.rejected > 0 && !b.reason) throw stockErrors.reasonRequired();
  if (b.receivedOn < row.shipped_on) throw stockErrors.receivedBeforeShipped();
  checkNotFuture(row.destination_code, b.receivedOn);
  await deliverCommand(
    handle,
    row,
    {
      accepted: b.accepted,
      rejected: b.rejected,
      reason: b.rejected > 0 ? (b.reason ?? null) : null,
      receivedOn: b.receivedOn,
    },
    by(ctx),
  );
  return getShipment(handle, ctx, id);
}
