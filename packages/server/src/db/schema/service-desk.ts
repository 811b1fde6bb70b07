import type { ColumnType, Generated } from 'kysely';

/**
 * Tables of the service desk (issue 12, migration 0020): bookable seats, bookings and their history, queue
 * numbers, tickets and their history, IKD activations and SKM answers. Codes are typed with their unions;
 * each module re-exports the type it owns.
 */

type ServiceCode = 'recording' | 'printing' | 'ikd_activation' | 'data_change';

export interface BookingSlotsTable {
  id: Generated<number>;
  service_point_id: number;
  service: ServiceCode;
  date: string;
  slot_start: string;
  slot_end: string;
  capacity: number;
  taken: ColumnType<number, number | undefined, number>;
}

export type BookingStatus =
  | 'held'
  | 'confirmed'
  | 'checked_in'
  | 'served'
  | 'no_show'
  | 'cancelled'
  | 'expired';

export interface BookingsTable {
  id: Generated<number>;
  code: string;
  service_point_id: number;
  region_code: string;
  service: ServiceCode;
  date: string;
  slot_start: string;
  slot_end: string;
  nik: string;
  full_name: string;
  phone: string | null;
  status: BookingStatus;
  hold_expires_at: string | null;
  queue_number: number | null;
  reschedule_count: ColumnType<number, number | undefined, number>;
  origin: 'online' | 'invitation';
  batch_id: number | null;
  reminded_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface BookingEventsTable {
  id: Generated<number>;
  booking_id: number;
  event: string;
  actor_id: number | null;
  details: string | null;
  at: string;
}

export interface QueueSequencesTable {
  id: Generated<number>;
  service_point_id: number;
  date: string;
  prefix: string;
  last_number: ColumnType<number, number | undefined, number>;
}

export type TicketLane = 'booked' | 'priority' | 'walk_in';
export type TicketStatus = 'waiting' | 'called' | 'serving' | 'done' | 'no_show' | 'cancelled';

export interface QueueTicketsTable {
  id: Generated<number>;
  service_point_id: number;
  region_code: string;
  date: string;
  lane: TicketLane;
  prefix: string;
  number: number;
  label: string;
  service: ServiceCode;
  booking_id: number | null;
  nik: string | null;
  full_name: string | null;
  phone: string | null;
  priority_reason: 'elderly' | 'disabled' | 'pregnant' | 'sick' | null;
  window_start: string | null;
  window_end: string | null;
  status: TicketStatus;
  counter_no: number | null;
  recalls: ColumnType<number, number | undefined, number>;
  outcome: string | null;
  issued_by: number | null;
  issued_at: string;
  called_at: string | null;
  served_at: string | null;
  finished_at: string | null;
  served_by: number | null;
  /** When it last joined the line (migration 0022): issue, or a re-queue after a no-show. */
  queued_at: string | null;
}

export interface QueueTicketEventsTable {
  id: Generated<number>;
  ticket_id: number;
  event: string;
  counter_no: number | null;
  actor_id: number | null;
  details: string | null;
  at: string;
}

export interface IkdActivationsTable {
  id: Generated<number>;
  resident_id: number;
  region_code: string;
  service_point_id: number | null;
  ticket_id: number | null;
  activated_on: string;
  officer_id: number;
  created_at: string;
}

export interface SkmResponsesTable {
  id: Generated<number>;
  service_point_id: number;
  region_code: string;
  ticket_id: number | null;
  channel: 'link' | 'kiosk';
  service: ServiceCode | null;
  answers: string;
  comment: string | null;
  answered_on: string;
  created_at: string;
}

/** The key of the SKM survey links (migration 0023): one row, id 1. */
export interface SkmLinkKeysTable {
  id: number;
  secret: string;
  created_at: string;
}
