import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';

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
  /**
   * Extends the lease now (the worker also does so on a timer); false if the lease was lost. Given a
   * transaction, it runs inside it: a handler that commits its progress with a heartbeat that returned true
   * knows no other worker took the job meanwhile (on PostgreSQL the job row stays locked until the commit).
   */
  heartbeat: (db?: Kysely<Database>) => Promise<boolean>;
  /** Aborted when the worker is stopping: a long handler stops at a safe point and throws `JobInterrupted`. */
  signal: AbortSignal;
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

/**
 * Thrown by a handler that stopped early because its worker is stopping (`ctx.signal`): the job goes back
 * to the queue at once and the attempt is not counted, so restarting a server costs an import no attempt.
 */
export class JobInterrupted extends Error {
  constructor() {
    super('job interrupted: the worker is stopping');
    this.name = 'JobInterrupted';
  }
}

export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 3_600_000;

/** Exponential backoff after failed attempt `attempt` (1-based): 30 s, 1 min, 2 min … capped at 1 h. */
export function backoffMs(attempt: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
}
