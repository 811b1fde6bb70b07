import type { SuketStatus } from '@sigap/domain';
import type { ColumnType, Generated } from 'kysely';

/** Tables of sukets (issue 14, migration 0028); see the migration for the decisions. */

export interface SuketKeysTable {
  kid: string;
  public_key: string;
  private_key: string | null;
  created_at: string;
  retired_at: string | null;
}

export interface SuketPoliciesTable {
  election_id: number;
  issue_from: string | null;
  issue_until: string;
  valid_until: string;
  prr_with_blanko_must_print: ColumnType<number, number | undefined, number>;
  updated_at: string;
}

export interface SuketSequencesTable {
  id: Generated<number>;
  regency_code: string;
  year: number;
  last_number: ColumnType<number, number | undefined, number>;
}

export type SuketRevokeReason = 'deceased' | 'manual';

export interface SuketsTable {
  id: Generated<number>;
  number: string;
  regency_code: string;
  year: number;
  seq: number;
  resident_id: number;
  election_id: number;
  region_code: string;
  status: SuketStatus;
  revoke_reason: SuketRevokeReason | null;
  revoke_note: string | null;
  valid_from: string;
  valid_until: string;
  signer_id: number | null;
  signer_name: string;
  kid: string;
  token: string;
  pdf_key: string;
  batch_job_id: number | null;
  created_at: string;
  updated_at: string;
  /** Office day it stopped being active (superseded or revoked); null while active. */
  ended_on: string | null;
}

/**
 * Suket figures as dated changes (migration 0040): a figure of a region on day D is the sum of its rows
 * dated D or before. `printed` (0/1) is "the holder is printed now" and is 1 only on `covering` moves.
 */
export interface SuketCountsTable extends SuketCountColumns {
  day: string;
}

/** The same changes summed per month ('YYYY-MM'): a read adds whole months, then the days of D's month. */
export interface SuketCountsMonthTable extends SuketCountColumns {
  month: string;
}

/** What a day row and a month row share: the key without its date, and the four moves. */
interface SuketCountColumns {
  region_code: string;
  election_id: number;
  printed: 0 | 1;
  issued: number;
  active: number;
  superseded: number;
  covering: number;
}

export type SuketEventCode = 'issued' | 'superseded' | 'revoked' | 'delivery_queued';

export interface SuketEventsTable {
  id: Generated<number>;
  suket_id: number;
  event: SuketEventCode;
  actor_id: number | null;
  details: string | null;
  at: string;
}

export interface SuketVerificationsTable {
  id: Generated<number>;
  number: string | null;
  reason: string;
  channel: 'token' | 'number';
  ip: string | null;
  at: string;
}
