import type { EquipmentKind, EquipmentStatus, LoanState } from '@sigap/domain';
import type { ColumnType, Generated } from 'kysely';

/** Tables of equipment and operators (issue 13, migration 0026). */

export interface EquipmentItemsTable {
  id: Generated<number>;
  region_code: string;
  kind: EquipmentKind;
  tag: string;
  name: string;
  status: EquipmentStatus;
  notes: ColumnType<string, string | undefined, string>;
  created_at: string;
  updated_at: string;
}

export interface EquipmentIncidentsTable {
  id: Generated<number>;
  item_id: number;
  from_status: EquipmentStatus | null;
  to_status: EquipmentStatus;
  reason: string;
  actor_id: number | null;
  actor_username: string | null;
  created_at: string;
}

export interface EquipmentOperatorsTable {
  id: Generated<number>;
  region_code: string;
  name: string;
  nip: string | null;
  phone: string | null;
  active: ColumnType<number, number | undefined, number>;
  created_at: string;
}

export interface EquipmentLoansTable {
  id: Generated<number>;
  from_region: string;
  to_region: string;
  start_date: string;
  end_date: string;
  state: LoanState;
  purpose: string;
  covers_item_id: number | null;
  reserved_by: string | null;
  arrived_at: string | null;
  arrived_by: string | null;
  returned_at: string | null;
  returned_by: string | null;
  cancelled_at: string | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface EquipmentLoanItemsTable {
  loan_id: number;
  item_id: number;
}

export interface EquipmentLoanOperatorsTable {
  loan_id: number;
  operator_id: number;
}

export interface EquipmentLoanDaysTable {
  resource: string;
  day: string;
  loan_id: number;
}
