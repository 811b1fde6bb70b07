import { SIAK_RESIDENT_COLUMNS, type SiakResidentColumn } from '@sigap/domain';
import { z } from 'zod';
import { pageOf } from './common';

export const ImportKind = z.enum(['residents', 'status']);
export type ImportKind = z.infer<typeof ImportKind>;
/** The kind of a stored import job: a SIAK kind, or a voter-roll extract started from /voter-rolls. */
export const ImportJobKind = z.enum(['residents', 'status', 'voter_roll']);
export type ImportJobKind = z.infer<typeof ImportJobKind>;

/** Extracts may split the village code into province, regency, district and village numbers. */
export const SPLIT_REGION_COLUMNS = ['NO_PROP', 'NO_KAB', 'NO_KEC', 'NO_KEL'] as const;
export type SplitRegionColumn = (typeof SPLIT_REGION_COLUMNS)[number];

/** The columns an import can fill; a status import fills a few of the same. */
export type ResidentTarget = SiakResidentColumn | SplitRegionColumn;
export const RESIDENT_TARGETS: readonly ResidentTarget[] = [
  ...SIAK_RESIDENT_COLUMNS.map((c) => c.name),
  ...SPLIT_REGION_COLUMNS,
];

/**
 * Which file column feeds which target, from the mapping screen or the CLI:
 * `{"NAMA_LGKP": "Nama Penduduk", "TGL_MATI": null}` (`null` leaves an optional target unmapped).
 */
export const ColumnMappingInput = z.partialRecord(
  z.enum(RESIDENT_TARGETS),
  z.string().trim().min(1).max(200).nullable(),
);
export type ColumnMappingInput = z.infer<typeof ColumnMappingInput>;

export const StartImportBody = z.object({
  uploadId: z.string().uuid('ID unggahan tidak valid.|Invalid upload id.'),
  kind: ImportKind,
  mapping: ColumnMappingInput.optional(),
});
export type StartImportBody = z.infer<typeof StartImportBody>;

export const ImportStatus = z.enum(['queued', 'running', 'done', 'failed']);
export type ImportStatus = z.infer<typeof ImportStatus>;

export const ImportJob = z.object({
  id: z.number(),
  kind: ImportJobKind,
  fileName: z.string(),
  fileHash: z.string(),
  status: ImportStatus,
  /** 0..1, from the bytes read: works for CSV and XLSX without counting rows first. */
  progress: z.number(),
  rowsDone: z.number(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().nullable(),
  username: z.string().nullable(),
  /** Set e.g. when the same file was already imported; Indonesian and English. */
  message: z.string().nullable(),
  messageEn: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;

export const ImportJobReply = z.object({ job: ImportJob });
export type ImportJobReply = z.infer<typeof ImportJobReply>;

export const ImportJobPage = pageOf(ImportJob);
export type ImportJobPage = z.infer<typeof ImportJobPage>;

export const ImportTarget = z.object({ name: z.enum(RESIDENT_TARGETS), required: z.boolean() });
export type ImportTarget = z.infer<typeof ImportTarget>;

/** What the server read from an uploaded file before anything is imported. */
export const ImportPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  delimiter: z.string().nullable(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  targets: z.array(ImportTarget),
  statusTargets: z.array(ImportTarget),
  suggestedMapping: z.record(z.string(), z.string().nullable()),
  suggestedStatusMapping: z.record(z.string(), z.string().nullable()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportUpload = z.object({
  id: z.string(),
  fileName: z.string(),
  size: z.number(),
  sha256: z.string(),
});
export type ImportUpload = z.infer<typeof ImportUpload>;

export const UploadResponse = z.object({ upload: ImportUpload, preview: ImportPreview });
export type UploadResponse = z.infer<typeof UploadResponse>;

export const ImportPageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ImportPageQuery = z.infer<typeof ImportPageQuery>;

/** One rejected row of an import. */
export const ImportErrorItem = z.object({
  line: z.number(),
  /** The row's NIK and name as the file wrote them (null when the row had none). */
  nik: z.string().nullable(),
  name: z.string().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  messageEn: z.string(),
});
export type ImportErrorItem = z.infer<typeof ImportErrorItem>;

export const ImportErrorPage = pageOf(ImportErrorItem);
export type ImportErrorPage = z.infer<typeof ImportErrorPage>;
