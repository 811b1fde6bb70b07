import type { Generated } from 'kysely';

/** Tables of online booking added by migration 0021 (holds, abuse counts, invitation batches). */

export type BookingHoldStatus = 'held' | 'used' | 'released' | 'expired';

export interface BookingHoldsTable {
  id: Generated<number>;
  token: string;
  slot_id: number;
  status: BookingHoldStatus;
  expires_at: string;
  booking_id: number | null;
  created_at: string;
}

export type BookingAttemptKind = 'hold_ip' | 'confirm_ip' | 'lookup_ip' | 'nik' | 'phone';

export interface BookingAttemptsTable {
  id: Generated<number>;
  kind: BookingAttemptKind;
  key_hash: string;
  at: string;
}

export interface BookingBatchesTable {
  id: Generated<number>;
  service_point_id: number;
  region_code: string;
  /** The source of the residents: a registry list, or a voter-roll set (modules/voter-rolls). */
  kind: 'village' | 'not_recorded' | 'first_time_voters' | 'voter_roll';
  source_region: string;
  service: 'recording' | 'printing' | 'ikd_activation' | 'data_change';
  assigned: number;
  skipped: number;
  created_by: number | null;
  created_at: string;
}
