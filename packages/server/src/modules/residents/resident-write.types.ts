import type { LifeEvidence, ResidentRecord, Role } from '@sigap/domain';
import type { ResidentSource } from '../../db/stored-codes';
import type { StagedCounterKey } from '../counters';
import type { ResidentData } from './resident-row';
import type { WriteRejectionCode } from './resident-write.messages';

export { RESIDENT_SOURCES, type ResidentSource } from '../../db/stored-codes';

/** Any field but the NIK, which identifies the resident. */
export type ResidentPatch = Partial<Omit<ResidentRecord, 'nik'>>;

export type ResidentWrite =
  /** A full record (SIAK extract, generator): inserted when new, otherwise the stored row becomes this record. */
  | {
      kind: 'upsert';
      record: ResidentRecord;
      qualityFlags?: readonly string[];
      line?: number;
      /** The digest of the import row this record was parsed from (imports/line-digest.ts), stored with it. */
      digest?: string;
    }
  /** Some fields of an existing resident (a status update, a counter service, a death). */
  | {
      kind: 'patch';
      nik: string;
      patch: ResidentPatch;
      line?: number;
      /** The document and reason of a change of life status (a move by hand, a confirmed death). */
      evidence?: LifeEvidence;
    };

export interface WriteMeta {
  source: ResidentSource;
  /** Null when the system acts (generator, CLI). */
  actor: { id: number; username: string } | null;
  /** The actor's role: required for a hand change, which the role table (domain manual-changes.ts) binds. */
  role?: Role;
  /** The clock that decides "in the future" (tests pin it); now by default. */
  now?: Date;
  ip: string | null;
  /** Rows outside this region are refused (the write path's own guard; services check first). */
  scope: string;
  importJobId?: number;
  /**
   * 'each' audits every resident change (people acting through the UI); 'batch' writes one audit entry for
   * the whole call (imports and generation, whose per-resident trail is the history, tagged with the job).
   */
  audit: 'each' | 'batch';
  /**
   * Status updates must move the pipeline forward or back to re-recording (see isForwardOrRerecord); a full
   * extract is a snapshot from SIAK, the system of record, and is taken as it is.
   */
  enforceTransitions: boolean;
}

export interface RejectedWrite {
  nik: string;
  line?: number;
  code: WriteRejectionCode;
  /** The API field the (first) refusal belongs beside, when it concerns one field. */
  field?: string;
  /** The resident's name, for a refusal of a resident in scope (never for an unknown or outside NIK). */
  fullName?: string;
  /** Every refusal of this write when there are several (the first is the one above). */
  details?: RefusalDetail[];
  /** What the message quotes; an import stores code and params, not the text. */
  params: string[];
  message: string;
  messageEn: string;
}

export interface WriteOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: RejectedWrite[];
}

/** One changed resident as the bulk update paths take it. */
export interface ResidentUpdate {
  id: number;
  /**
   * The village the stored row was read with. PostgreSQL finds the row by id within that village's
   * province partition instead of probing every partition's id index (residents-pg-bulk.ts).
   */
  storedVillage: string;
  after: ResidentData;
  /** The data columns that differ from the stored row; only these (and `name_search` with `full_name`) are written. */
  columns: readonly (keyof ResidentData)[];
  updated_at: string;
}

/** One of several reasons a single write is refused. */
export interface RefusalDetail {
  code: WriteRejectionCode;
  field: string;
  params: string[];
  message: string;
  messageEn: string;
}

/**
 * A full record the engine may merge set-based (resident-merge.ts): its stored columns and the counter
 * bucket it falls in, flattened for a staging row (`c_regions` the region levels joined by commas, `c_day`
 * null for the floor bucket, `c_bits` the count vector's bits, bit i for COUNT_COLUMNS[i]).
 */
export interface MergeRow {
  data: ResidentData;
  counter: StagedCounterKey;
}

/** What the history rows of merged residents say about the write. */
export interface MergeMeta {
  now: string;
  source: ResidentSource;
  userId: number | null;
  importJobId: number | null;
}

export interface MergeOutcome {
  inserted: number;
  unchanged: number;
  /** NIKs stored with other data: the row-by-row path must judge these writes. */
  differing: string[];
}
