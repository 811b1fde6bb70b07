import type { Db } from '../../db/connect';
import { recordAudit } from '../audit';
import { alertAdmins, notifyUser } from '../notices';
import { stockErrors } from './stock.errors';
import { addToBalance, type StockLineRow } from './stock.repository';
import { lockCards, postLine } from './stock-ledger.commands';
import type { By } from './stock-moves.commands';
import { insertRequestEvent, transitionRequestRow } from './stock-requests.repository';
import { markShipmentReceived, type StockShipmentRow, usersAtOffice } from './stock-shipments.repository';

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
    // The request the shipment answers is received with it (its state is shipped: only shipping set it).
    const moved =
      shipment.request_id !== null &&
      (await transitionRequestRow(trx, shipment.request_id, 'shipped', {
        status: 'received',
        updated_at: now,
      }));
    if (moved && shipment.request_id !== null) {
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
