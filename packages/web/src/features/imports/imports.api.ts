import { api, type UploadProgress, withQuery } from '../../lib/api';
import type { ImportJob, ImportKind, ImportPreview, ImportUpload } from '../../lib/types';

/** The server's limit; checked here too so nobody waits for 500 MB to travel only to be refused. */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
export const ACCEPTED_EXTENSIONS = ['.csv', '.xlsx'] as const;
/** How often a running job is asked for its progress. */
export const POLL_MS = 500;

export function isAcceptedFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function isFinished(job: ImportJob): boolean {
  return job.status === 'done' || job.status === 'failed';
}

export interface UploadResult {
  upload: ImportUpload;
  preview: ImportPreview;
}

export function uploadFile(
  file: File,
  onProgress?: UploadProgress,
  signal?: AbortSignal,
): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<UploadResult>('/v1/imports/uploads', form, onProgress, signal);
}

export function startImport(
  uploadId: string,
  kind: ImportKind,
  mapping: Record<string, string>,
  idempotencyKey?: string,
): Promise<ImportJob> {
  return api
    .post<{ job: ImportJob }>('/v1/imports', { uploadId, kind, mapping }, idempotencyKey)
    .then((r) => r.job);
}

export function fetchJob(id: string, signal?: AbortSignal): Promise<ImportJob> {
  return api.get<{ job: ImportJob }>(`/v1/imports/${encodeURIComponent(id)}`, signal).then((r) => r.job);
}

export function importsPath(page: number, pageSize: number): string {
  return withQuery('/v1/imports', { page, pageSize });
}

export function importErrorsPath(id: string, page: number, pageSize: number): string {
  return withQuery(`/v1/imports/${encodeURIComponent(id)}/errors`, { page, pageSize });
}

/** A plain link: the browser downloads it with the session cookie, no script needed. */
export function importErrorsCsvUrl(id: string): string {
  return `/api/v1/imports/${encodeURIComponent(id)}/errors.csv`;
}
