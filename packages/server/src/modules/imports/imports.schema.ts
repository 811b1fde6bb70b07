import { z } from 'zod';
import { ColumnMappingInput } from './parse';

export const ImportKind = z.enum(['residents', 'status']);

export const StartImportBody = z.object({
  uploadId: z.string().uuid('ID unggahan tidak valid.|Invalid upload id.'),
  kind: ImportKind,
  mapping: ColumnMappingInput.optional(),
});
export type StartImportBody = z.infer<typeof StartImportBody>;

export const ImportJob = z.object({
  id: z.number(),
  kind: ImportKind,
  fileName: z.string(),
  fileHash: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
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
  message: z.string().nullable(),
  messageEn: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;

export const Target = z.object({ name: z.string(), required: z.boolean() });

export const UploadResponse = z.object({
  upload: z.object({ id: z.string(), fileName: z.string(), size: z.number(), sha256: z.string() }),
  preview: z.object({
    format: z.enum(['csv', 'xlsx']),
    delimiter: z.string().nullable(),
    header: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    targets: z.array(Target),
    statusTargets: z.array(Target),
    suggestedMapping: z.record(z.string(), z.string().nullable()),
    suggestedStatusMapping: z.record(z.string(), z.string().nullable()),
  }),
});

export const JobIdParam = z.object({ id: z.coerce.number().int().positive() });
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const ImportErrorItem = z.object({
  line: z.number(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  messageEn: z.string(),
});
