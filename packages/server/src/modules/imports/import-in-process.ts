import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../../db/connect';
import { findJobByDedupeKey, JobWorker } from '../jobs';
import { IMPORT_JOB, type ImportHandlerOptions, importJobHandler, importJobKey } from './import-job';
import { findJob, type ImportJobRow } from './import-jobs.repository';

/**
 * The lease of an import run by a command: short, so that running the command again after a kill resumes
 * within seconds rather than a minute (the lease is renewed every 5 s and with every committed batch).
 */
const IN_PROCESS_LEASE_MS = 15_000;
const WAIT_POLL_MS = 1_000;

export interface InProcessOptions extends ImportHandlerOptions {
  /** Called about once a second while another worker runs the import, or a retry waits for its backoff. */
  onWait?: (job: ImportJobRow) => void;
  leaseMs?: number;
}

/**
 * Runs an import's job in this process (the CLI, the benchmark) through the same handler and lease as the
 * server's worker, until the job is done or dead. When another instance holds the job, or the lease of a
 * killed run has not expired yet, it waits and takes it over once it may; it never runs it alongside.
 */
export async function runImportHere(
  handle: Db,
  importJobId: number,
  options: InProcessOptions = {},
): Promise<ImportJobRow> {
  const { onWait, leaseMs = IN_PROCESS_LEASE_MS, ...handlerOptions } = options;
  const worker = new JobWorker(
    handle,
    { [IMPORT_JOB]: importJobHandler(handlerOptions) },
    { onlyKinds: [IMPORT_JOB], leaseMs },
  );
  for (;;) {
    const job = await findJobByDedupeKey(handle.db, importJobKey(importJobId));
    if (!job) throw new Error(`import ${importJobId} has no job`);
    if (job.state === 'done' || job.state === 'dead') break;
    if (await worker.runJob(job.id)) continue;
    const row = await findJob(handle.db, importJobId);
    if (row) onWait?.(row);
    await sleep(WAIT_POLL_MS);
  }
  const done = await findJob(handle.db, importJobId);
  if (!done) throw new Error(`import ${importJobId} not found`);
  return done;
}
