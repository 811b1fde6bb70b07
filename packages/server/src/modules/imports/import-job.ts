import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { AppError } from '../../errors';
import { enqueueJob, type JobContext, JobError, type JobHandler, JobInterrupted } from '../jobs';
import { DEFAULT_COMMIT_LIMITS } from '../residents';
import { findJob, type ImportJobRow, updateJob } from './import-jobs.repository';
import { type RunOptions, runImportFile } from './import-runner';
import { importErrors } from './imports.errors';
import { jobMessage } from './imports.messages';
import { discardUpload } from './uploads';

/** The job kind that runs an import; its payload names the `import_jobs` row, which keeps the progress. */
export const IMPORT_JOB = 'import';

/** Runs of one import (the first, its retries and its resumes after a crash) before it fails for good. */
export const MAX_IMPORT_ATTEMPTS = 3;

/** One job per import, ever: the key also finds the job of an import row. */
export const importJobKey = (importJobId: number) => `import:${importJobId}`;

export interface ImportPayload {
  importJobId: number;
  /** The day rows are judged against, fixed when the import is started so a resume judges alike. */
  referenceDate: string;
}

/** Enqueues the run of an import, in the transaction that creates its `import_jobs` row. */
export async function enqueueImport(trx: Kysely<Database>, payload: ImportPayload): Promise<void> {
  await enqueueJob(trx, {
    kind: IMPORT_JOB,
    payload: { ...payload },
    maxAttempts: MAX_IMPORT_ATTEMPTS,
    dedupeKey: importJobKey(payload.importJobId),
  });
}

function payloadOf(payload: unknown): ImportPayload {
  const p = payload as Partial<ImportPayload> | null;
  if (typeof p?.importJobId !== 'number') throw new JobError('payload_invalid', {}, true);
  return { importJobId: p.importJobId, referenceDate: String(p.referenceDate ?? '') };
}

export interface ImportHandlerOptions extends Omit<RunOptions, 'referenceDate'> {
  /**
   * In the server, where the engine makes every request share the import's one connection (SQLite), commit
   * as often as the store says (`sharedConnectionCommitMs`) so pages stay responsive. The CLI leaves it
   * off: it has a connection of its own, and WAL lets it write while the server reads.
   */
  shareConnection?: boolean;
}

/** Thrown by the lease guard: another worker took the job, so this run must write nothing more. */
const LEASE_LOST = 'job_lease_lost';

/**
 * The `import` job: runs or resumes the import, then records its end on the import's own row. A refused
 * file (an `AppError`) fails the import with its reason at once; any other error is retried with the
 * jobs' backoff (the import shows `queued` meanwhile) and fails it on the last attempt. A run whose lease
 * was lost stops without touching the row, which the new owner now runs.
 */
export function importJobHandler(options: ImportHandlerOptions = {}): JobHandler {
  return async (payload, ctx) => {
    const { importJobId, referenceDate } = payloadOf(payload);
    const { handle } = ctx;
    const job = await findJob(handle.db, importJobId);
    if (!job) throw new JobError('import_missing', { importJobId }, true);
    if (job.status === 'done' || job.status === 'failed') {
      // Ended before its job could be marked done (the process died in between): only tidy up.
      await discardUpload(job.file_path);
      return;
    }
    if (ctx.attempt > ctx.maxAttempts) {
      // Every run so far died with its process (a kill leaves no failure to count): a file that kills the
      // server each time it is read must not be resumed into a crash loop.
      const attempts = ctx.attempt - 1;
      await endImport(handle, job, importErrors.interruptedRepeatedly(attempts));
      throw new JobError('import_interrupted_repeatedly', { importJobId, attempts }, true);
    }
    const { shareConnection, ...run } = options;
    const sharedMs = shareConnection ? handle.store.sharedConnectionCommitMs : undefined;
    const commitLimits =
      run.commitLimits ?? (sharedMs === undefined ? undefined : { ...DEFAULT_COMMIT_LIMITS, ms: sharedMs });
    try {
      await runImportFile(
        handle,
        job,
        { ...run, commitLimits, ...(referenceDate ? { referenceDate } : {}) },
        { resumed: wasStarted(job, ctx), guard: leaseGuard(ctx), checkpoint: stopCheck(ctx) },
      );
    } catch (err) {
      await recordFailure(handle, job, err, ctx);
      throw err instanceof AppError
        ? new JobError('import_failed', { importJobId, error: err.id }, true)
        : err;
    }
    await discardUpload(job.file_path);
  };
}

/**
 * Whether an earlier run read the file: a retry, a run resumed after a crash (the row still `running`), or
 * one handed back by a stopping worker after committing batches (its attempt was not counted).
 */
function wasStarted(job: ImportJobRow, ctx: JobContext): boolean {
  return ctx.attempt > 1 || job.status !== 'queued' || job.last_line > 0;
}

function leaseGuard(ctx: JobContext) {
  return async (trx: Kysely<Database>) => {
    if (!(await ctx.heartbeat(trx))) throw new JobError(LEASE_LOST, {});
  };
}

function stopCheck(ctx: JobContext) {
  return () => {
    if (ctx.signal.aborted) throw new JobInterrupted();
  };
}

/** What a failed run leaves on the import row: nothing, queued for the retry, or failed for good. */
async function recordFailure(handle: Db, job: ImportJobRow, err: unknown, ctx: JobContext): Promise<void> {
  if (err instanceof JobError && err.code === LEASE_LOST) return;
  if (err instanceof JobInterrupted || (!(err instanceof AppError) && !ctx.isLastAttempt)) {
    await updateJob(handle.db, job.id, { status: 'queued' });
    return;
  }
  await endImport(handle, job, err);
}

/** Marks the import failed with the reason (the error's own words, or a generic one for a server fault). */
async function endImport(handle: Db, job: ImportJobRow, err: unknown): Promise<void> {
  const e = err instanceof AppError ? err : null;
  await updateJob(handle.db, job.id, {
    status: 'failed',
    finished_at: new Date().toISOString(),
    ...(e
      ? jobMessage('job_failed', e.id, e.messageId, e.messageEn)
      : jobMessage('job_server_fault', err instanceof Error ? err.message : String(err))),
  });
  // Only once the outcome is recorded: an import cut short (the database closing) keeps its file to resume.
  await discardUpload(job.file_path);
}
