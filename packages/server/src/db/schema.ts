import type {
  Citizenship,
  ElectionKind,
  LifeStatus,
  MaritalStatus,
  PrintStatus,
  RecordingStatus,
  RegionLevel,
  ReportSource,
  ReportStatus,
  Role,
  Sex,
  StayPermit,
} from '@sigap/domain';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type {
  HistoryField,
  ImportJobKind,
  ImportJobStatus,
  NoticeSeverity,
  ResidentSource,
  SnapshotTrigger,
} from './stored-codes';

/**
 * The typed shape of every table. Timestamps are ISO-8601 strings on both engines (text on SQLite,
 * timestamptz on PostgreSQL with a parser that returns ISO strings), flags are 0/1 integers on both,
 * so repositories never branch on the engine for plain reads.
 *
 * Columns holding a code are typed with its union (a role, a recording status, a job state): every writer
 * is typed with the same union and outside input (imports, API bodies, CLI options) is validated before it
 * is written, so a row read back holds one of its values. Columns that may hold a code this version does
 * not know (a notice's kind, an import error's code: rows of older or newer versions) stay `string`.
 */
export interface Database {
  meta: MetaTable;
  regions: RegionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  login_devices: LoginDevicesTable;
  audit_log: AuditLogTable;
  residents: ResidentsTable;
  resident_history: ResidentHistoryTable;
  resident_counts: ResidentCountsTable;
  resident_counts_day: ResidentCountsDayTable;
  elections: ElectionsTable;
  import_jobs: ImportJobsTable;
  import_errors: ImportErrorsTable;
  coverage_snapshots: CoverageSnapshotsTable;
  daily_reports: DailyReportsTable;
  settings: SettingsTable;
  notices: NoticesTable;
  audit_checkpoints: AuditCheckpointsTable;
  idempotency_keys: IdempotencyKeysTable;
  read_budget_usage: ReadBudgetUsageTable;
  jobs: JobsTable;
  messages: MessagesTable;
  death_reports: DeathReportsTable;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface RegionsTable {
  code: string;
  level: RegionLevel;
  name: string;
  parent_code: string | null;
  /** Lower-cased, accent-free name, so that search is case- and accent-insensitive on both engines. */
  name_search: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  full_name: string;
  role: Role;
  region_code: string;
  password_hash: string;
  active: number;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  created_by: number | null;
  /** The civil servant number (18 digits), null when none was given (migration 0016). */
  nip: string | null;
  /** The position (jabatan), free text up to 100 characters, null when none was given. */
  position: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a stolen database copy does not yield usable sessions. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  username: string;
  ip: string;
  at: string;
  /** Set when the attempt came with a device cookie of this username: it then slows only that device. */
  device_hash: string | null;
}

/** Browsers that logged in successfully (hash of the device cookie's token), see migration 0007. */
export interface LoginDevicesTable {
  token_hash: string;
  username: string;
  created_at: string;
  last_used_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  region_code: string | null;
  summary: string;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type RegionRow = Selectable<RegionsTable>;
export type AuditRow = Selectable<AuditLogTable>;

export interface AuditCheckpointsTable {
  id: Generated<number>;
  at: string;
  last_entry_id: number;
  last_entry_hash: string;
  entry_count: number;
  key_id: string;
  signature: string;
}
export type AuditCheckpointRow = Selectable<AuditCheckpointsTable>;

export interface ResidentsTable {
  id: Generated<number>;
  nik: string;
  no_kk: string;
  full_name: string;
  name_search: string;
  sex: Sex;
  birth_place: string;
  birth_date: string;
  marital_status: MaritalStatus;
  citizenship: Citizenship;
  stay_permit: StayPermit | null;
  religion: string | null;
  occupation: string | null;
  village_code: string;
  address: string;
  phone: string | null;
  life_status: LifeStatus;
  life_status_date: string | null;
  recording_status: RecordingStatus;
  recording_date: string | null;
  recording_place: string | null;
  print_status: PrintStatus;
  printed_date: string | null;
  handed_over_date: string | null;
  ikd_activated_date: string | null;
  /** Comma-separated data-quality flags (e.g. NIK disagrees with the birth date); null when clean. */
  quality_flags: string | null;
  created_at: string;
  updated_at: string;
}

export interface ResidentHistoryTable {
  id: Generated<number>;
  resident_id: number;
  /** Which status moved: recording, print, life, ikd, or `created` for the first appearance. */
  field: HistoryField;
  from_value: string | null;
  to_value: string | null;
  /** When it happened in the world (e.g. the recording date), as far as known. */
  event_date: string | null;
  recorded_at: string;
  source: ResidentSource;
  user_id: number | null;
  import_job_id: number | null;
  /** The source document of a hand change of life status (death letter, SKPWNI number). */
  document_no: string | null;
  /** Why the change was made by hand. */
  note: string | null;
}

/** The class counts of a counter row (COUNT_COLUMNS in modules/counters/counter-key.ts). */
export interface CounterCounts {
  n: number;
  n_wni: number;
  n_wni_rec: number;
  n_cit: number;
  n_cit_rec: number;
  n_cit_prr: number;
  n_cit_printed: number;
  n_cit_handed: number;
  n_cit_failed: number;
  n_cit_ikd: number;
}

/** See docs/counters.md for the meaning of each key column. */
export interface ResidentCountsTable extends CounterCounts {
  region_code: string;
  birth_month: string;
  married: number;
  exit_date: string;
}

export interface ResidentCountsDayTable extends CounterCounts {
  region_code: string;
  birth_date: string;
  married: number;
  exit_date: string;
}

export interface ElectionsTable {
  id: Generated<number>;
  name: string;
  kind: ElectionKind;
  voting_date: string;
  /** JSON array of the participating region codes (`["ID"]` for a national election). */
  region_codes: string;
  created_at: string;
  created_by: number | null;
  /** Share of wajib KTP to reach by voting day, (0, 1]; "Sisa menuju target" and the forecast use it. */
  target: ColumnType<number, number | undefined, number>;
  /** 1 for a simulated election (demo seed): labelled "Demo", never in an official report. */
  demo: ColumnType<number, number | undefined, number>;
}

/** An import's own record (file, progress, counts, outcome); the `import` job runs it (imports/import-job.ts). */
export interface ImportJobsTable {
  id: Generated<number>;
  kind: ImportJobKind;
  file_name: string;
  file_hash: string;
  /** Where the uploaded file is kept until the job is done, so an interrupted job can resume. */
  file_path: string;
  bytes_total: Generated<number>;
  bytes_done: Generated<number>;
  scope_code: string;
  status: ImportJobStatus;
  user_id: number | null;
  mapping: string | null;
  rows_total: Generated<number>;
  rows_done: Generated<number>;
  /** The file line of the last committed row: a resumed job skips everything up to it. */
  last_line: Generated<number>;
  rows_inserted: Generated<number>;
  rows_updated: Generated<number>;
  rows_unchanged: Generated<number>;
  rows_rejected: Generated<number>;
  started_at: string;
  finished_at: string | null;
  /** The outcome (why it failed, or "nothing changed") as a code of imports.messages.ts and its JSON params. */
  message_code: string | null;
  message_params: string | null;
  /** The rendered outcome of a job finished before codes were stored (migration 0012); null since. */
  legacy_message: string | null;
  legacy_message_en: string | null;
}

export interface ImportErrorsTable {
  id: Generated<number>;
  job_id: number;
  line: number;
  column_name: string | null;
  code: string;
  /** JSON array of the message parameters; the text is rendered from imports.messages.ts when read. */
  params: string | null;
  /** The rendered text of a row stored before codes were (migration 0012); null since. */
  legacy_message: string | null;
  legacy_message_en: string | null;
  raw: string | null;
  /** The row's NIK and name as the file wrote them, so staff can find the row in SIAK (0015). */
  nik: string | null;
  full_name: string | null;
}

export type ResidentRow = Selectable<ResidentsTable>;
export type NewResidentRow = Insertable<ResidentsTable>;

/** The counters' figures for one region at the close of one local day. */
export interface CoverageSnapshotsTable {
  region_code: string;
  date: string;
  taken_at: string;
  /** 'day_close' (scheduled at the region's local midnight), 'on_demand' or 'backfill' (reconstructed). */
  trigger: SnapshotTrigger;
  population: number;
  must_hold_id: number;
  recorded: number;
  not_recorded: number;
  print_ready_waiting: number;
  printed: number;
  handed_over: number;
  needs_rerecording: number;
  digital_id_active: number;
  voters: number;
  voters_recorded: number;
}

export interface DailyReportsTable {
  id: Generated<number>;
  regency_code: string;
  date: string;
  source: ReportSource;
  recorded_today: number | null;
  cumulative_recorded: number;
  must_hold_id: number;
  print_ready_waiting: number | null;
  printed: number | null;
  blanko_stock: number | null;
  suket_issued: number | null;
  /** What the regency wrote, when it typed a percentage or a "remaining" figure (validated against the counts). */
  stated_percent: number | null;
  stated_remaining: number | null;
  stated_remaining_percent: number | null;
  notes: string | null;
  /** JSON array of validation flags ({ code, field, severity, params }), rendered when read (migration 0014). */
  flags: string;
  status: ReportStatus;
  submitted_by: number;
  submitted_at: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
  review_comment: string | null;
}

/** Office settings by region scope (e.g. the province's report cutoff hour, the letterhead). JSON values. */
export interface SettingsTable {
  scope_code: string;
  key: string;
  value: string;
  updated_at: string;
  updated_by: number | null;
}

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

export type DeathReportStatus = 'pending' | 'confirmed' | 'rejected';

/** A death entered by hand, waiting for (or decided by) a second officer (modules/death-reports). */
export interface DeathReportsTable {
  id: Generated<number>;
  resident_id: number;
  village_code: string;
  date_of_death: string;
  document_no: string;
  reason: string;
  status: DeathReportStatus;
  reported_by: number;
  reported_at: string;
  decided_by: number | null;
  decided_at: string | null;
  decision_note: string | null;
}
