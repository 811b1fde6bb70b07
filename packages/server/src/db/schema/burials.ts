import type { BurialStatus } from '@sigap/domain';
import type { ColumnType, Generated } from 'kysely';

/** Tables of the burial register (issue 16, migration 0031); see the migration for the decisions. */

export interface CemeteriesTable {
  id: Generated<number>;
  name: string;
  region_code: string;
  address: string | null;
  created_at: string;
}

export interface CemeteryManagersTable {
  user_id: number;
  cemetery_id: number;
  created_at: string;
}

export interface BurialsTable {
  id: Generated<number>;
  client_id: string;
  cemetery_id: number;
  region_code: string;
  nik: string | null;
  full_name: string;
  dup_key: string;
  birth_date: string;
  date_of_death: string;
  date_of_burial: string;
  village_code: string | null;
  cause: string | null;
  reporter_name: string;
  reporter_relation: string;
  reporter_phone: string | null;
  status: BurialStatus;
  resident_id: number | null;
  dismiss_reason: string | null;
  entered_by: number;
  entered_day: string;
  created_at: string;
  updated_at: string;
}

export interface BurialEventsTable {
  id: Generated<number>;
  burial_id: number;
  event: 'entered' | 'edited' | 'matched' | 'unmatched' | 'dismissed' | 'certified' | 'annulled';
  actor_id: number | null;
  details: string | null;
  at: string;
}

export interface DeathCertificateSequencesTable {
  id: Generated<number>;
  regency_code: string;
  year: number;
  last_number: ColumnType<number, number | undefined, number>;
}

export type DeathCertificateStatus = 'active' | 'annulled';

export interface DeathCertificatesTable {
  id: Generated<number>;
  number: string;
  regency_code: string;
  year: number;
  seq: number;
  burial_id: number;
  resident_id: number;
  region_code: string;
  date_of_death: string;
  issued_on: string;
  issued_by: number;
  status: DeathCertificateStatus;
  annulled_by: number | null;
  annulled_at: string | null;
  annul_reason: string | null;
  created_at: string;
}
