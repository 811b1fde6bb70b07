import type {
  Citizenship,
  LifeStatus,
  MaritalStatus,
  PrintStatus,
  RecordingStatus,
  RegionLevel,
  Role,
  Sex,
  StayPermit,
} from '@sigap/domain';

/** Shapes of the API's JSON answers (see the server's OpenAPI spec); dates arrive as ISO strings. */
export interface User {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  regionCode: string;
  regionName: string;
  active: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface RegionWithPath extends Region {
  path: string;
}

export interface RegionDetail {
  region: Region;
  /** Root first, excluding the region itself. */
  ancestors: Region[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  regionCode: string | null;
  /** Free-form details of the event, e.g. `{ username, role: [old, new] }` for a change. */
  summary: Record<string, unknown> | string;
  ip: string | null;
}

export interface Health {
  status: 'ok';
  database: 'sqlite' | 'postgres';
  version: string;
}

/**
 * One row of a resident search (UU PDP: least exposure in lists): the NIK shows its regency digits only and
 * the birth date its year, since with the village and sex anything more lets the NIK be rebuilt.
 */
export interface ResidentListItem {
  id: number;
  nikMasked: string;
  fullName: string;
  sex: Sex;
  birthYear: number;
  villageCode: string;
  villageName: string | null;
  recordingStatus: RecordingStatus;
  printStatus: PrintStatus;
  lifeStatus: LifeStatus;
}

export type HistoryField = 'created' | 'recording' | 'print' | 'life' | 'ikd';

/** One change of a tracked status; `from`/`to` are status codes, or dates for `ikd`. */
export interface HistoryEntry {
  id: number;
  field: HistoryField;
  from: string | null;
  to: string | null;
  eventDate: string | null;
  recordedAt: string;
  source: string;
  username: string | null;
  importJobId: number | null;
}

/** A resident opened in full (the server audits the opening). */
export interface ResidentDetail {
  id: number;
  nik: string;
  noKk: string;
  fullName: string;
  sex: Sex;
  birthPlace: string;
  birthDate: string;
  maritalStatus: MaritalStatus;
  citizenship: Citizenship;
  stayPermit: StayPermit | null;
  religion: string | null;
  occupation: string | null;
  villageCode: string;
  /** Region names from the province down, joined with " › ". */
  regionPath: string;
  address: string;
  phone: string | null;
  lifeStatus: LifeStatus;
  lifeStatusDate: string | null;
  recordingStatus: RecordingStatus;
  recordingDate: string | null;
  recordingPlace: string | null;
  printStatus: PrintStatus;
  printedDate: string | null;
  handedOverDate: string | null;
  ikdActivatedDate: string | null;
  qualityFlags: string[];
  mustHoldIdToday: boolean;
  history: HistoryEntry[];
}

export type ImportKind = 'residents' | 'status';
export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ImportTarget {
  name: string;
  required: boolean;
}

/** What the server read from an uploaded file before anything is imported. */
export interface ImportPreview {
  format: 'csv' | 'xlsx';
  delimiter: string | null;
  header: string[];
  rows: string[][];
  targets: ImportTarget[];
  statusTargets: ImportTarget[];
  suggestedMapping: Record<string, string | null>;
  suggestedStatusMapping: Record<string, string | null>;
}

export interface ImportUpload {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
}

export interface ImportJob {
  id: number;
  kind: ImportKind;
  fileName: string;
  fileHash: string;
  status: ImportStatus;
  /** 0..1 */
  progress: number;
  rowsDone: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  username: string | null;
  /** Set e.g. when the same file was already imported; Indonesian and English. */
  message: string | null;
  messageEn: string | null;
}

/** One rejected row of an import. */
export interface ImportRowError {
  line: number;
  column: string | null;
  code: string;
  message: string;
  messageEn: string;
}
