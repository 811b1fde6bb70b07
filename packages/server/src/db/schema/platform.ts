import type { Generated, Selectable } from 'kysely';
import type { NoticeSeverity } from '../stored-codes';

/** Tables of the platform: notices, idempotency keys, the read budget, jobs and the outbox. */

export interface NoticesTable {
  id: Generated<number>;
  user_id: number;
  /** Stays `string`: notices stored by another version may carry a kind this one has no message for. */
  kind: string;
  severity: NoticeSeverity;
  region_code: string | null;
  /** JSON parameters of the kind's message (notices.messages.ts renders the text when read). */
  params: string | null;
  /** The rendered text of a notice stored before codes were (migration 0012); null since. */
  legacy_message: string | null;
  legacy_message_en: string | null;
  data: string;
  dedupe_key: string | null;
  created_at: string;
  read_at: string | null;
}

export type NoticeRow = Selectable<NoticesTable>;

export interface IdempotencyKeysTable {
  principal: string;
  key: string;
  method: string;
  path: string;
  request_hash: string;
  status_code: number | null;
  content_type: string | null;
  response_body: string | null;
  created_at: string;
  completed_at: string | null;
}

export type IdempotencyKeyRow = Selectable<IdempotencyKeysTable>;

/** Resident rows read per user per window (see migration 0008). */
export interface ReadBudgetUsageTable {
  user_id: number;
  window_kind: 'short' | 'day';
  window_no: number;
  rows_read: number;
  alerted: number;
}

export type JobState = 'queued' | 'running' | 'failed' | 'done' | 'dead';

/** Background jobs (see modules/jobs and migration 0011). payload and last_error_params are JSON. */
export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: string;
  state: JobState;
  attempts: number;
  max_attempts: number;
  run_after: string;
  lease_owner: string | null;
  lease_until: string | null;
  heartbeat_at: string | null;
  last_error_code: string | null;
  last_error_params: string | null;
  last_error_text: string | null;
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export type JobRow = Selectable<JobsTable>;

export type MessageState = 'created' | 'sending' | 'delivered' | 'temp_failed' | 'failed' | 'sent_by_hand';

/** The notification outbox (see modules/outbox). params is JSON. */
export interface MessagesTable {
  id: Generated<number>;
  kind: string;
  recipient_phone: string;
  recipient_resident_id: number | null;
  region_code: string;
  params: string;
  text: string;
  idempotency_key: string;
  state: MessageState;
  provider: string | null;
  provider_message_id: string | null;
  attempts: number;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
  delivered_at: string | null;
  opened_at: string | null;
  opened_by: number | null;
}

export type MessageRow = Selectable<MessagesTable>;
