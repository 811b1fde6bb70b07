import type { StockLine, StockRequest, StockShipment, StockSuggestion } from '@sigap/contracts';
import type { StockLineRow } from './stock.repository';
import type { StockRequestRow } from './stock-requests.repository';
import type { StockShipmentRow } from './stock-shipments.repository';

/** The centre has no row in `regions`: its name is fixed. */
export const CENTRE_NAME = 'Pusat (Ditjen Dukcapil)';

export function nameOf(names: Map<string, string>, code: string): string {
  return code === 'ID' ? CENTRE_NAME : (names.get(code) ?? code);
}

export function toLine(r: StockLineRow): Omit<StockLine, 'balance'> {
  return {
    id: Number(r.id),
    move: r.move,
    quantity: Number(r.quantity),
    counted: r.counted === null ? null : Number(r.counted),
    occurredOn: r.occurred_on,
    processedAt: r.processed_at,
    reason: r.reason,
    documentNo: r.document_no,
    counterpartCode: r.counterpart_code,
    shipmentId: r.shipment_id === null ? null : Number(r.shipment_id),
    requestId: r.request_id === null ? null : Number(r.request_id),
    note: r.note,
  };
}

export function toShipment(r: StockShipmentRow, names: Map<string, string>): StockShipment {
  return {
    id: Number(r.id),
    item: r.item,
    sourceCode: r.source_code,
    sourceName: nameOf(names, r.source_code),
    destinationCode: r.destination_code,
    destinationName: nameOf(names, r.destination_code),
    quantity: Number(r.quantity),
    shippedOn: r.shipped_on,
    documentNo: r.document_no,
    requestId: r.request_id === null ? null : Number(r.request_id),
    status: r.status,
    accepted: r.accepted === null ? null : Number(r.accepted),
    rejected: r.rejected === null ? null : Number(r.rejected),
    rejectionReason: r.rejection_reason,
    receivedOn: r.received_on,
    note: r.note,
  };
}

export function toRequest(r: StockRequestRow, names: Map<string, string>): StockRequest {
  return {
    id: Number(r.id),
    item: r.item,
    requesterCode: r.requester_code,
    requesterName: nameOf(names, r.requester_code),
    supplierCode: r.supplier_code,
    supplierName: nameOf(names, r.supplier_code),
    quantity: Number(r.quantity),
    approvedQuantity: r.approved_quantity === null ? null : Number(r.approved_quantity),
    status: r.status,
    rejectionReason: r.rejection_reason,
    note: r.note,
    shipmentId: r.shipment_id === null ? null : Number(r.shipment_id),
    suggestion: r.suggestion ? (JSON.parse(r.suggestion) as StockSuggestion) : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
