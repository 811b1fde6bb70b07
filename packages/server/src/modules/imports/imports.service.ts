import type { Readable } from 'node:stream';
import type { ImportJob, StartImportBody } from '@sigap/contracts';
import { officeToday } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import type { ImportJobKind } from '../../db/stored-codes';
import { errors } from '../../errors';
import { assertInScope, authorize } from '../access';
import { enqueueImport } from './import-job';
import {
  findJob,
  findUnfinishedImport,
  type ImportErrorRow,
  type ImportJobRow,
  insertJob,
  listImportErrors,
  listJobs,
  streamImportErrors,
} from './import-jobs.repository';
import { parseParams, storedMessage } from './imports.messages';
import { previewUpload } from './imports-preview';
import { errorReportCsv, type ReportIssue, type RowIssue } from './parse';
import { discardUpload, readUpload, type StoredUpload, saveUpload } from './uploads';

export function toImportJob(r: ImportJobRow): ImportJob {
  const finished = r.finished_at ? new Date(r.finished_at).getTime() : null;
  return {
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    fileHash: r.file_hash,
    status: r.status,
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

/**
 * Records the import and, in the same transaction, the job that runs it: a job worker (the server's, or the
 * CLI's in-process one) takes it from there. The day its rows are judged against is fixed now, on the
 * scope's clock, so that a resumed run judges them alike.
 */
export async function createImportJob(
  handle: Db,
  upload: StoredUpload,
  body: { kind: ImportJobKind; mapping?: Record<string, string | null | undefined> },
  by: { userId: number | null; scope: string },
  referenceDate: string = officeToday(by.scope),
  /** Writes the owning module's row of a staged kind (a voter roll) in the same transaction. */
  alsoIn?: (trx: Kysely<Database>, importJobId: number) => Promise<void>,
): Promise<number> {
  return handle.db.transaction().execute(async (trx) => {
    const importJobId = await insertJob(trx, {
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
      message_code: null,
      message_params: null,
    });
    await alsoIn?.(trx, importJobId);
    await enqueueImport(trx, { importJobId, referenceDate });
    return importJobId;
  });
}

/**
 * Starts an import of an upload in the background and returns the queued job at once. `wakeWorker` lets
 * the process's import worker start it now rather than at its next poll.
 */
export async function startImport(
  handle: Db,
  ctx: RequestContext,
  dataDir: string,
  body: StartImportBody,
  wakeWorker: () => void,
): Promise<ImportJob> {
  authorize(ctx.user, 'resident.import');
  const upload = await readUpload(dataDir, body.uploadId);
  if (upload.userId !== ctx.user.id) throw errors.notFound('Unggahan', 'upload', body.uploadId);
  const id = await createImportJob(handle, upload, body, { userId: ctx.user.id, scope: ctx.user.regionCode });
  wakeWorker();
  return toImportJob((await findJob(handle.db, id)) as ImportJobRow);
}

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
    return { line: r.line, nik: r.nik, name: r.full_name, column: r.column_name, code, message, messageEn };
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
  async function* issues(): AsyncGenerator<ReportIssue> {
    for await (const r of streamImportErrors(handle.db, id)) {
      yield { line: r.line, column: r.column_name, nik: r.nik, name: r.full_name, ...storedIssue(r) };
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

/** The import of the same file, kind and scope that has not finished yet, so the CLI resumes it instead. */
export function findUnfinishedImportOf(
  handle: Db,
  file: { fileHash: string; kind: ImportJobKind; scope: string },
): Promise<number | undefined> {
  return findUnfinishedImport(handle.db, file);
}
