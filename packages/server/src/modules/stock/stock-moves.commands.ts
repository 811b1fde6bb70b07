import type { AuditAction } from '@sigap/domain';
import type { Db } from '../../db/connect';
import type { StockItemCode } from '../../db/schema';
import { recordAudit } from '../audit';
import { stockErrors } from './stock.errors';
import { addToBalance } from './stock.repository';
import { type LineInput, lockCards, postLine } from './stock-ledger.commands';
import { insertRequestEvent, transitionRequestRow } from './stock-requests.repository';
import { insertShipmentRow, type StockShipmentRow } from './stock-shipments.repository';

/** Who writes: a user (with the request's address) or the system (`actor: null`: the demo seed). */
export interface By {
  actor: { id: number; username: string } | null;
  ip: string | null;
}

/** A movement at one office (receive, consume, spoil, adjust, count): the line, its counter, its audit entry. */
export async function moveCommand(
  handle: Db,
  input: Omit<LineInput, 'actorId'>,
  action: AuditAction,
  by: By,
) {
  return handle.db.transaction().execute(async (trx) => {
    const line = await postLine(trx, handle.store, { ...input, actorId: by.actor?.id ?? null });
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action,
      entity: 'stock_line',
      entityId: line.id,
      regionCode: input.location,
      summary: {
        item: input.item,
        move: line.move,
        quantity: line.quantity,
        counted: line.counted,
        occurredOn: line.occurred_on,
        reason: line.reason,
        documentNo: line.document_no,
      },
      ip: by.ip,
    });
    return line;
  });
}

export interface ShipInput {
  item: StockItemCode;
  source: string;
  destination: string;
  quantity: number;
  occurredOn: string;
  documentNo: string;
  note?: string | null;
  requestId?: number | null;
}

/**
 * Ships stock: the shipment, the debit line at the source, the quantity in transit at the destination,
 * the request (when it answers one) marked shipped with its event, and the `stock.ship` audit entry.
 */
export async function shipCommand(handle: Db, s: ShipInput, by: By): Promise<StockShipmentRow> {
  return handle.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const actorId = by.actor?.id ?? null;
    await lockCards(
      trx,
      handle.store,
      [
        { item: s.item, location: s.source },
        { item: s.item, location: s.destination },
      ],
      now,
    );
    const shipment = await insertShipmentRow(trx, {
      item: s.item,
      source_code: s.source,
      destination_code: s.destination,
      quantity: s.quantity,
      shipped_on: s.occurredOn,
      document_no: s.documentNo,
      request_id: s.requestId ?? null,
      status: 'in_transit',
      shipped_by: actorId,
      note: s.note ?? null,
      created_at: now,
      updated_at: now,
    });
    await postLine(trx, handle.store, {
      item: s.item,
      location: s.source,
      move: 'ship',
      quantity: -s.quantity,
      occurredOn: s.occurredOn,
      documentNo: s.documentNo,
      counterpart: s.destination,
      shipmentId: shipment.id,
      requestId: s.requestId ?? null,
      actorId,
      note: s.note ?? null,
    });
    await addToBalance(trx, s.item, s.destination, { onHand: 0, inTransit: s.quantity }, now);
    if (s.requestId) {
      const moved = await transitionRequestRow(trx, s.requestId, 'approved', {
        status: 'shipped',
        shipment_id: shipment.id,
        updated_at: now,
      });
      if (!moved) throw stockErrors.requestState('?', 'ship');
      await insertRequestEvent(trx, {
        requestId: s.requestId,
        status: 'shipped',
        quantity: s.quantity,
        note: s.documentNo,
        actorId,
        at: now,
      });
    }
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'stock.ship',
      entity: 'stock_shipment',
      entityId: shipment.id,
      regionCode: s.source,
      summary: { ...s },
      ip: by.ip,
    });
    return shipment;
  });
}
