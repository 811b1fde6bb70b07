import type { Readable } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { errors } from '../../errors';
import { assertInScope, authorize } from '../access/authorize';
import { DEFAULT_COMMIT_LIMITS } from '../residents/grouped-transactions';
import {
  findInterruptedJobs,
  findJob,
  type ImportErrorRow,
  type ImportJobRow,
  insertJob,
  listImportErrors,
  listJobs,
  streamImportErrors,
} from './import-jobs.repository';
import { failJob, runImportJob } from './import-runner';
import { importErrors } from './imports.errors';
import { parseParams, storedMessage } from './imports.messages';
import type { ImportJob, StartImportBody } from './imports.schema';
import { previewUpload } from './imports-preview';
import { errorReportCsv, type RowIssue } from './parse';
import { discardUpload, readUpload, type StoredUpload, saveUpload } from './uploads';

export function toImportJob(r: ImportJobRow): ImportJob {
  const finished = r.finished_at ? new Date(r.finished_at).getTime() : null;
  return {
    id: r.id,
    kind: r.kind === 'status' ? 'status' : 'residents',
    fileName: r.file_name,
    fileHash: r.file_hash,
    status: r.status as ImportJob['status'],
    progress: r.status === 'done' ? 1 : r.bytes_total > 0 ? Math.min(1, r.bytes_done / r.bytes_total) : 0,
    rowsDone: r.rows_done,
    inserted: r.rows_inserted,
    updated: r.rows_updated,
    unchanged: r.rows_unchanged,
    rejected: r.rows_rejected,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    durationMs: finished === null ? null : finished - new Date(r.started_at).getTime(),
    username: r.username ?? null,
    ...storedMessage(r.message_code, r.message_params, {
      message: r.legacy_message,
      messageEn: r.legacy_message_en,
    }),
  };
}

export async function receiveUpload(ctx: RequestContext, dataDir: string, file: Readable, fileName: string) {
  authorize(ctx.user, 'resident.import');
  const upload = await saveUpload(dataDir, file, fileName, ctx.user.id);
  let preview: Awaited<ReturnType<typeof previewUpload>>;
  try {
    preview = await previewUpload(upload);
  } catch (err) {
    // A file refused at preview can never be imported: keep no copy of it.
    await discardUpload(upload.path);
    throw err;
  }
  return {
    upload: { id: upload.id, fileName: upload.fileName, size: upload.size, sha256: upload.sha256 },
    preview,
  };
}

/** Records the job; the caller decides whether to run it now (CLI) or in the background (HTTP). */
export async function createImportJob(
  handle: Db,
  upload: StoredUpload,
  body: { kind: 'residents' | 'status'; mapping?: Record<string, string | null | undefined> },
  by: { userId: number | null; scope: string },
): Promise<number> {
  return insertJob(handle.db, {
    kind: body.kind,
    file_name: upload.fileName,
    file_hash: upload.sha256,
    file_path: upload.path,
    bytes_total: upload.size,
    scope_code: by.scope,
    status: 'queued',
    user_id: by.userId,
    mapping: body.mapping ? JSON.stringify(body.mapping) : null,
    started_at: new Date().toISOString(),
    finished_at: null,
    heartbeat_at: null,
    message_code: null,
    message_params: null,
  });
}

/** Starts an import of an upload in the background and returns the queued job at once. */
export async function startImport(
  handle: Db,
  ctx: RequestContext,
  dataDir: string,
  body: StartImportBody,
  log: FastifyBaseLogger,
): Promise<ImportJob> {
  authorize(ctx.user, 'resident.import');
  const upload = await readUpload(dataDir, body.uploadId);
  if (upload.userId !== ctx.user.id) throw errors.notFound('Unggahan', 'upload', body.uploadId);
  const id = await createImportJob(handle, upload, body, { userId: ctx.user.id, scope: ctx.user.regionCode });
  runInBackground(handle, id, log);
  return toImportJob((await findJob(handle.db, id)) as ImportJobRow);
}

function runInBackground(handle: Db, id: number, log: FastifyBaseLogger): void {
  // Where requests share the import's connection (SQLite), commit often enough to keep pages responsive.
  const ms = handle.store.sharedConnectionCommitMs;
  const commitLimits = ms === undefined ? undefined : { ...DEFAULT_COMMIT_LIMITS, ms };
  runImportJob(handle, id, { commitLimits }).catch((err: unknown) =>
    log.error({ err, jobId: id }, 'import job failed'),
  );
}

/**
 * Resumes jobs that a stopped process left unfinished (no heartbeat for two minutes), so that an import
 * interrupted by a crash or a restart completes without anyone starting it again.
 */
export async function resumeInterruptedImports(handle: Db, log: FastifyBaseLogger): Promise<number> {
  const stale = new Date(Date.now() - 2 * 60_000).toISOString();
  const jobs = await findInterruptedJobs(handle.db, stale);
  let resumed = 0;
  for (const job of jobs) {
    if (job.attempts >= MAX_IMPORT_ATTEMPTS) {
      // The process died every time it ran this job: resuming again would only crash it again.
      log.warn(
        { jobId: job.id, attempts: job.attempts },
        'interrupted import given up after repeated crashes',
      );
      await failJob(handle.db, job.id, importErrors.interruptedRepeatedly(job.attempts));
      await discardUpload(job.file_path);
      continue;
    }
    log.info({ jobId: job.id, lastLine: job.last_line }, 'resuming interrupted import');
    runInBackground(handle, job.id, log);
    resumed++;
  }
  return resumed;
}

/** Runs of one job (the first and its resumes) before startup stops resuming it. */
export const MAX_IMPORT_ATTEMPTS = 3;

async function jobInScope(handle: Db, ctx: RequestContext, id: number): Promise<ImportJobRow> {
  authorize(ctx.user, 'resident.import');
  const job = await findJob(handle.db, id);
  if (!job) throw errors.notFound('Impor', 'import', String(id));
  assertInScope(ctx.user, job.scope_code);
  return job;
}

export async function getImport(handle: Db, ctx: RequestContext, id: number): Promise<ImportJob> {
  return toImportJob(await jobInScope(handle, ctx, id));
}

export async function listImports(handle: Db, ctx: RequestContext, q: { page: number; pageSize: number }) {
  authorize(ctx.user, 'resident.import');
  const { rows, total } = await listJobs(handle.db, ctx.user.regionCode, {
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(toImportJob), total, page: q.page, pageSize: q.pageSize };
}

export async function listErrors(
  handle: Db,
  ctx: RequestContext,
  id: number,
  q: { page: number; pageSize: number },
) {
  await jobInScope(handle, ctx, id);
  const { rows, total } = await listImportErrors(handle.db, id, {
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const items = rows.map((r) => {
    const { code, message, messageEn } = storedIssue(r);
    return { line: r.line, column: r.column_name, code, message, messageEn };
  });
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** The downloadable CSV report of every rejected row, by line. */
export async function errorReport(
  handle: Db,
  ctx: RequestContext,
  id: number,
): Promise<{ job: ImportJobRow; csv: Readable }> {
  const job = await jobInScope(handle, ctx, id);
  async function* issues(): AsyncGenerator<RowIssue> {
    for await (const r of streamImportErrors(handle.db, id)) {
      yield { line: r.line, column: r.column_name, ...storedIssue(r) };
    }
  }
  return { job, csv: errorReportCsv(issues()) };
}

/** A stored error row's code, parameters and text (rendered, or as stored before migration 0012). */
function storedIssue(r: ImportErrorRow) {
  const text = storedMessage(r.code, r.params, { message: r.legacy_message, messageEn: r.legacy_message_en });
  return {
    code: r.code as RowIssue['code'],
    params: parseParams(r.params),
    message: text.message ?? '',
    messageEn: text.messageEn ?? '',
  };
}
