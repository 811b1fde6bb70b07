import type { ColumnType, Generated } from 'kysely';

/** Tables of the stock ledger (issue 13, migration 0024); see the migration for the decisions. */

export type StockItemCode = 'BLANKO' | 'RIBBON' | 'FILM' | 'INK';
export type StockMoveCode = 'receive' | 'ship' | 'accept' | 'consume' | 'spoil' | 'adjust' | 'count';
export type StockShipmentStatus = 'in_transit' | 'received';
export type StockRequestStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'shipped' | 'received';

export interface StockLinesTable {
  id: Generated<number>;
  item: StockItemCode;
  location_code: string;
  move: StockMoveCode;
  quantity: number;
  counted: number | null;
  occurred_on: string;
  processed_at: string;
  reason: string | null;
  document_no: string | null;
  counterpart_code: string | null;
  shipment_id: number | null;
  request_id: number | null;
  actor_id: number | null;
  note: string | null;
}

export interface StockBalancesTable {
  item: StockItemCode;
  location_code: string;
  on_hand: ColumnType<number, number | undefined, number>;
  in_transit: ColumnType<number, number | undefined, number>;
  updated_at: string;
}

export interface StockShipmentsTable {
  id: Generated<number>;
  item: StockItemCode;
  source_code: string;
  destination_code: string;
  quantity: number;
  shipped_on: string;
  document_no: string;
  request_id: number | null;
  status: StockShipmentStatus;
  accepted: number | null;
  rejected: number | null;
  rejection_reason: string | null;
  received_on: string | null;
  shipped_by: number | null;
  received_by: number | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface StockRequestsTable {
  id: Generated<number>;
  item: StockItemCode;
  requester_code: string;
  supplier_code: string;
  quantity: number;
  approved_quantity: number | null;
  status: StockRequestStatus;
  rejection_reason: string | null;
  suggestion: string | null;
  note: string | null;
  shipment_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface StockRequestEventsTable {
  id: Generated<number>;
  request_id: number;
  status: StockRequestStatus;
  quantity: number | null;
  note: string | null;
  actor_id: number | null;
  at: string;
}
