import type { ElectionKind, ReportSource, ReportStatus } from '@sigap/domain';
import type { ColumnType, Generated } from 'kysely';
import type { SnapshotTrigger } from '../stored-codes';

/** Tables of the command center: elections, daily snapshots, daily reports and office settings. */

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

/** A number per family of cached rows, raised by trigger on every change to them (migration 0043). */
export interface CacheVersionsTable {
  id: number;
  name: string;
  version: number;
}
