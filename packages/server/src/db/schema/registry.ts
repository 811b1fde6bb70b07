import type {
  Citizenship,
  LifeStatus,
  MaritalStatus,
  PrintStatus,
  RecordingStatus,
  Sex,
  StayPermit,
} from '@sigap/domain';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { HistoryField, ImportJobKind, ImportJobStatus, ResidentSource } from '../stored-codes';

/** Tables of the resident registry: residents, their history, the counters, imports and death reports. */

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
  /**
   * The digest of the extract row this resident's data came from (migration 0041); null once anything but
   * an import row wrote it. Not data: never compared, counted or kept in the history.
   */
  import_digest: ColumnType<string | null, string | null | undefined, string | null>;
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
