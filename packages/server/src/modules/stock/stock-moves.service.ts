import type {
  AdjustStockBody,
  ConsumeStockBody,
  CountStockBody,
  ReceiveShipmentBody,
  ReceiveStockBody,
  ShipStockBody,
  StockMoveReply,
  StockShipment,
} from '@sigap/contracts';
import type { AuditAction, StockItem } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { stockErrors } from './stock.errors';
import { nameOf, toLine, toShipment } from './stock.presenter';
import {
  findBalanceRow,
  findShipmentRow,
  listShipmentRows,
  regionNames,
  type StockShipmentRow,
} from './stock.repository';
import { checkLocation, checkNotFuture, supplierOf } from './stock.service';
import type { LineInput } from './stock-ledger.commands';
import { deliverCommand, moveCommand, shipCommand } from './stock-moves.commands';

const by = (ctx: RequestContext) => ({ actor: ctx.user, ip: ctx.ip });

async function reply(
  handle: Db,
  line: Parameters<typeof toLine>[0] | null,
  item: StockItem,
  location: string,
): Promise<StockMoveReply> {
  const b = await findBalanceRow(handle.db, item, location);
  const names = await regionNames(handle.db, [location]);
  return {
    line: line ? toLine(line) : null,
    balance: {
      item,
      locationCode: location,
      locationName: nameOf(names, location),
      onHand: Number(b?.on_hand ?? 0),
      inTransit: Number(b?.in_transit ?? 0),
    },
  };
}

async function move(handle: Db, ctx: RequestContext, input: Omit<LineInput, 'actorId'>, action: AuditAction) {
  authorize(ctx.user, 'stock.move', input.location);
  await checkLocation(handle, input.location);
  checkNotFuture(input.location, input.occurredOn);
  const line = await moveCommand(handle, input, action, by(ctx));
  return reply(handle, line, input.item, input.location);
}

/** Stock arriving from outside the ledger (the centre's supplier), with its document number. */
export function receiveStock(handle: Db, ctx: RequestContext, b: ReceiveStockBody) {
  const base = { item: b.item, location: b.location, occurredOn: b.occurredOn, documentNo: b.documentNo };
  return move(
    handle,
    ctx,
    {
      ...base,
      move: 'receive',
      quantity: b.quantity,
      counterpart: null,
      reason: b.source ?? null,
      note: b.note ?? null,
    },
    'stock.receive',
  );
}

export function consumeStockByHand(handle: Db, ctx: RequestContext, b: ConsumeStockBody) {
  const input = {
    item: b.item,
    location: b.location,
    occurredOn: b.occurredOn,
    move: b.kind,
    quantity: -b.quantity,
    reason: b.reason ?? null,
  };
  return move(handle, ctx, input, b.kind === 'spoil' ? 'stock.spoil' : 'stock.consume');
}

export function adjustStock(handle: Db, ctx: RequestContext, b: AdjustStockBody) {
  const input = {
    item: b.item,
    location: b.location,
    occurredOn: b.occurredOn,
    move: 'adjust' as const,
    quantity: b.quantity,
    reason: b.reason,
  };
  return move(handle, ctx, input, 'stock.adjust');
}

/** A physical count (stock opname): its line is the difference from the balance on its date. */
export function countStock(handle: Db, ctx: RequestContext, b: CountStockBody) {
  const input = {
    item: b.item,
    location: b.location,
    occurredOn: b.occurredOn,
    move: 'count' as const,
    quantity: 0,
    counted: b.counted,
    note: b.note ?? null,
  };
  return move(handle, ctx, input, 'stock.count');
}

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
