import type {
  ImportJob,
  ImportJobReply,
  ImportKind,
  StartImportBody,
  UploadResponse,
} from '@sigap/contracts';
import type { z } from 'zod';
import { api, type UploadProgress, withQuery } from '../../lib/api';

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

export function uploadFile(
  file: File,
  onProgress?: UploadProgress,
  signal?: AbortSignal,
): Promise<UploadResponse> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<UploadResponse>('/v1/imports/uploads', form, onProgress, signal);
}

type StartImportInput = z.input<typeof StartImportBody>;

export function startImport(
  uploadId: string,
  kind: ImportKind,
  mapping: StartImportInput['mapping'],
  idempotencyKey?: string,
): Promise<ImportJob> {
  const body: StartImportInput = { uploadId, kind, mapping };
  return api.post<ImportJobReply>('/v1/imports', body, idempotencyKey).then((r) => r.job);
}

export function fetchJob(id: string, signal?: AbortSignal): Promise<ImportJob> {
  return api.get<ImportJobReply>(`/v1/imports/${encodeURIComponent(id)}`, signal).then((r) => r.job);
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
