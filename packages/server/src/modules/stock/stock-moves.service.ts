import type {
  AdjustStockBody,
  ConsumeStockBody,
  CountStockBody,
  ReceiveStockBody,
  StockMoveReply,
} from '@sigap/contracts';
import type { AuditAction, StockItem } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { nameOf, toLine } from './stock.presenter';
import { findBalanceRow, regionNames } from './stock.repository';
import { checkLocation, checkNotFuture } from './stock.service';
import type { LineInput } from './stock-ledger.commands';
import { moveCommand } from './stock-moves.commands';

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
