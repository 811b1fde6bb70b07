import type {
  OutreachActionResult,
  OutreachOutcome,
  OutreachSiteKind,
  OutreachTargetReason,
  RosterMismatch,
} from '@sigap/domain';
import type { ColumnType, Generated } from 'kysely';

/** Tables of jemput bola (issue 15, migration 0029). */

export interface OutreachSitesTable {
  id: Generated<number>;
  kind: OutreachSiteKind;
  name: string;
  address: string;
  village_code: string;
  regency_code: string;
  contact_name: string | null;
  contact_phone: string | null;
  demo: ColumnType<number, number | undefined, number>;
  created_at: string;
  updated_at: string;
}

export interface OutreachRosterRowsTable {
  id: Generated<number>;
  site_id: number;
  line: number;
  nik: string;
  full_name: string;
  birth_date: string | null;
  class_name: string | null;
  resident_id: number | null;
  mismatch: RosterMismatch | null;
  created_at: string;
}

export interface OutreachVisitsTable {
  id: Generated<number>;
  site_id: number;
  village_code: string;
  visit_date: string;
  start_time: string;
  end_time: string;
  state: 'planned' | 'cancelled';
  voting_day: string | null;
  notes: ColumnType<string, string | undefined, string>;
  cancel_reason: string | null;
  demo: ColumnType<number, number | undefined, number>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface OutreachVisitMembersTable {
  visit_id: number;
  resource: string;
}

export interface OutreachClaimsTable {
  resource: string;
  day: string;
  visit_id: number;
}

export interface OutreachTargetsTable {
  visit_id: number;
  resident_id: number;
  reason: OutreachTargetReason;
  class_name: string | null;
}

export interface OutreachActionsTable {
  id: Generated<number>;
  visit_id: number;
  client_id: string;
  device_id: string;
  resident_id: number | null;
  nik: string | null;
  full_name: string | null;
  walk_in: number;
  outcome: OutreachOutcome;
  result: OutreachActionResult;
  note: ColumnType<string, string | undefined, string>;
  region_code: string;
  actor_id: number | null;
  occurred_at: string;
  received_at: string;
}

export interface OutreachDevicesTable {
  device_id: string;
  visit_id: number;
  region_code: string;
  username: string;
  pending: number;
  oldest_pending_at: string | null;
  last_seen_at: string;
}
