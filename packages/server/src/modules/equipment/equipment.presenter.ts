import type { EquipmentIncident, EquipmentItem, Loan, PoolOperator } from '@sigap/contracts';
import type { EquipmentIncidentRow, EquipmentItemRow, OperatorRow } from './equipment.repository';
import type { LoanItemRow, LoanOperatorRow, LoanRow } from './equipment-loans.repository';

export function toItem(row: EquipmentItemRow, statusSince?: string): EquipmentItem {
  return {
    id: Number(row.id),
    regionCode: row.region_code,
    regionName: row.region_name ?? row.region_code,
    kind: row.kind,
    tag: row.tag,
    name: row.name,
    status: row.status,
    notes: row.notes,
    statusSince: statusSince ?? row.created_at,
  };
}

export function toIncident(row: EquipmentIncidentRow): EquipmentIncident {
  return {
    id: Number(row.id),
    fromStatus: row.from_status,
    toStatus: row.to_status,
    reason: row.reason,
    by: row.actor_username,
    at: row.created_at,
  };
}

export function toOperator(row: OperatorRow): PoolOperator {
  return {
    id: Number(row.id),
    regionCode: row.region_code,
    name: row.name,
    nip: row.nip,
    phone: row.phone,
    active: Number(row.active) === 1,
  };
}

export function toLoan(
  row: LoanRow,
  items: readonly LoanItemRow[],
  operators: readonly LoanOperatorRow[],
): Loan {
  const id = Number(row.id);
  return {
    id,
    fromRegion: row.from_region,
    toRegion: row.to_region,
    toRegionName: row.to_region_name ?? row.to_region,
    start: row.start_date,
    end: row.end_date,
    state: row.state,
    purpose: row.purpose,
    coversItemId: row.covers_item_id === null ? null : Number(row.covers_item_id),
    items: items
      .filter((i) => Number(i.loan_id) === id)
      .map((i) => ({
        id: Number(i.id),
        tag: i.tag,
        name: i.name,
        kind: i.kind as Loan['items'][number]['kind'],
      })),
    operators: operators
      .filter((o) => Number(o.loan_id) === id)
      .map((o) => ({ id: Number(o.id), name: o.name })),
    reservedBy: row.reserved_by,
    arrivedAt: row.arrived_at,
    arrivedBy: row.arrived_by,
    returnedAt: row.returned_at,
    returnedBy: row.returned_by,
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
  };
}
