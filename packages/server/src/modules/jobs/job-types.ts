import type { Db } from '../../db/connect';

/** What a handler receives besides its payload. */
export interface JobContext {
  jobId: number;
  /** 1 on the first run; a resumed or retried job sees a higher number. */
  attempt: number;
  maxAttempts: number;
  /** Whether this is the last attempt: a handler may then record a final failure on its own rows. */
  isLastAttempt: boolean;
  now: () => Date;
  handle: Db;
  /** Extends the lease now (the worker also does so on a timer); false if the lease was lost. */
  heartbeat: () => Promise<boolean>;
}

/** Runs one job. Returning means done; throwing means this attempt failed and is retried with backoff. */
export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<void>;

/** Handlers by job kind: registered in one place (src/job-handlers.ts). */
export type JobHandlers = Readonly<Record<string, JobHandler>>;

/**
 * A failure with a stable code and parameters (stored on the job, rendered by the reader), and whether
 * retrying can help: a permanent one makes the job dead at once.
 */
export class JobError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly permanent = false,
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'JobError';
  }
}

export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 3_600_000;

/** Exponential backoff after failed attempt `attempt` (1-based): 30 s, 1 min, 2 min … capped at 1 h. */
export function backoffMs(attempt: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
}
