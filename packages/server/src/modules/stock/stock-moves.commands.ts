import type { AuditAction } from '@sigap/domain';
import type { Db } from '../../db/connect';
import type { StockItemCode } from '../../db/schema';
import { recordAudit } from '../audit';
import { alertAdmins, notifyUser } from '../notices';
import { stockErrors } from './stock.errors';
import {
  addToBalance,
  insertShipmentRow,
  markShipmentReceived,
  type StockLineRow,
  type StockShipmentRow,
  usersAtOffice,
} from './stock.repository';
import { type LineInput, lockCards, postLine } from './stock-ledger.commands';
import { insertRequestEvent, transitionRequestRow } from './stock-requests.repository';

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

export interface Pod {
  accepted: number;
  rejected: number;
  reason: string | null;
  receivedOn: string;
}

/**
 * Proof of delivery: the shipment received (only from in transit), the accepted quantity credited at the
 * destination and the whole shipped quantity out of its in-transit counter, the request received, a notice
 * to the sender's office about any rejected quantity (the discrepancy goes back to the supplier, the known
 * failure of other systems), and the `stock.deliver` audit entry. Rejected stock is stock nowhere: the
 * sender decides (an adjustment) what became of it.
 */
export async function deliverCommand(
  handle: Db,
  shipment: StockShipmentRow,
  pod: Pod,
  by: By,
): Promise<StockLineRow | null> {
  return handle.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const actorId = by.actor?.id ?? null;
    const { item, destination_code: destination, source_code: source } = shipment;
    await lockCards(trx, handle.store, [{ item, location: destination }], now);
    const marked = await markShipmentReceived(trx, shipment.id, { ...pod, by: actorId }, now);
    if (!marked) throw stockErrors.alreadyReceived();
    const shipped = Number(shipment.quantity);
    let line: StockLineRow | null = null;
    if (pod.accepted > 0) {
      line = await postLine(trx, handle.store, {
        item,
        location: destination,
        move: 'accept',
        quantity: pod.accepted,
        occurredOn: pod.receivedOn,
        documentNo: shipment.document_no,
        counterpart: source,
        shipmentId: shipment.id,
        requestId: shipment.request_id,
        reason: pod.rejected > 0 ? pod.reason : null,
        actorId,
        inTransitDelta: -shipped,
      });
    } else {
      await addToBalance(trx, item, destination, { onHand: 0, inTransit: -shipped }, now);
    }
    if (shipment.request_id) {
      await transitionRequestRow(trx, shipment.request_id, 'shipped', {
        status: 'received',
        updated_at: now,
      });
      await insertRequestEvent(trx, {
        requestId: shipment.request_id,
        status: 'received',
        quantity: pod.accepted,
        note: pod.reason,
        actorId,
        at: now,
      });
    }
    if (pod.rejected > 0) {
      const notice = {
        kind: 'stock.discrepancy',
        severity: 'warning' as const,
        regionCode: source,
        params: {
          item,
          quantity: shipped,
          documentNo: shipment.document_no,
          destination,
          accepted: pod.accepted,
          rejected: pod.rejected,
          reason: pod.reason ?? '',
        },
        data: { shipmentId: shipment.id },
      };
      const senders = await usersAtOffice(trx, source);
      for (const userId of senders) await notifyUser(trx, userId, notice);
      if (senders.length === 0)
        await alertAdmins(trx, { ...notice, dedupeKey: `stock.discrepancy:${shipment.id}` });
    }
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'stock.deliver',
      entity: 'stock_shipment',
      entityId: shipment.id,
      regionCode: destination,
      summary: { ...pod, shipped },
      ip: by.ip,
    });
    return line;
  });
}
