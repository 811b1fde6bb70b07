/** Background jobs: enqueue in the caller's transaction; one worker per process runs them. */

export {
  BACKOFF_BASE_MS,
  backoffMs,
  type JobContext,
  JobError,
  type JobHandler,
  type JobHandlers,
  JobInterrupted,
} from './job-types';
export { JobWorker, type WorkerOptions } from './job-worker';
export { findJob, findJobByDedupeKey } from './jobs.repository';
export { jobsRoutes } from './jobs.routes';
export { type EnqueueInput, enqueueJob } from './jobs.service';
