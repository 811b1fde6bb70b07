import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database, JobRow } from '../../db/schema';
import { backoffMs, type JobContext, JobError, type JobHandlers, JobInterrupted } from './job-types';
import {
  type ClaimFilter,
  claimDueJobs,
  extendLease,
  finishAttempt,
  type JobOutcome,
} from './jobs.repository';

export interface WorkerOptions {
  /** Identifies this process in `lease_owner`; unique per worker by default. */
  owner?: string;
  now?: () => Date;
  leaseMs?: number;
  /** Jobs leased per claim. */
  batch?: number;
  /** Claim only these kinds (a lane of its own for long jobs), or every kind but these. */
  onlyKinds?: readonly string[];
  exceptKinds?: readonly string[];
  logger?: Pick<FastifyBaseLogger, 'error' | 'warn'>;
}

/**
 * One per process: claims due jobs, runs the handler of each kind, heartbeats the lease while it runs,
 * and records done, a retry with backoff, or dead. Tests drive it with `runOnce` / `drain` and an
 * injected clock; the server calls `start`, which polls on a timer.
 */
export class JobWorker {
  readonly owner: string;
  private readonly now: () => Date;
  private readonly leaseMs: number;
  private readonly batch: number;
  private timer: NodeJS.Timeout | undefined;
  private busy: Promise<void> | undefined;
  private again = false;
  private readonly stopping = new AbortController();

  constructor(
    private readonly handle: Db,
    private readonly handlers: JobHandlers,
    private readonly options: WorkerOptions = {},
  ) {
    this.owner = options.owner ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
    this.now = options.now ?? (() => new Date());
    this.leaseMs = options.leaseMs ?? 60_000;
    this.batch = options.batch ?? 5;
  }

  /** Claims one batch of due jobs and runs them one after another; returns how many ran. */
  async runOnce(): Promise<number> {
    const now = this.now();
    const claimed = await this.claim(this.batch);
    for (const job of claimed) {
      // Jobs later in the batch waited for the earlier ones: renew a lease that aged, skip one that was lost.
      const aged = this.now().getTime() - now.getTime() > this.leaseMs / 3;
      if (
        aged &&
        !(await extendLease(this.handle.db, job.id, this.owner, this.now().toISOString(), this.leaseEnd()))
      ) {
        continue;
      }
      await this.run(job);
    }
    return claimed.length;
  }

  /**
   * Claims the one job `id` if it is due (or its lease expired) and runs it here: how a command runs the
   * job it enqueued in-process. False when it is not claimable now (another worker holds it, or a retry
   * waits for its backoff).
   */
  async runJob(id: number): Promise<boolean> {
    const [job] = await this.claim(1, { id });
    if (!job) return false;
    await this.run(job);
    return true;
  }

  /** Runs batches until none is due (at the injected clock's time); returns how many jobs ran. */
  async drain(maxBatches = 100): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxBatches && !this.stopping.signal.aborted; i++) {
      const n = await this.runOnce();
      if (n === 0) break;
      total += n;
    }
    return total;
  }

  /** Polls every `intervalMs` until `stop`; one drain at a time. */
  start(intervalMs = 2_000): void {
    const tick = () => {
      void this.kick().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, intervalMs);
      });
    };
    this.timer = setTimeout(tick, intervalMs);
  }

  /**
   * Drains now, or right after the drain in progress: a job a user waits for (an import just started)
   * begins at once instead of at the next poll. Works without `start` too (tests, commands).
   */
  wake(): void {
    if (!this.stopping.signal.aborted) void this.kick();
  }

  /**
   * Stops polling, asks running handlers to stop at a safe point (`ctx.signal`), and waits for them; a job
   * cut short anyway keeps its lease until it expires and is then resumed.
   */
  async stop(): Promise<void> {
    const t = this.timer;
    this.timer = undefined;
    if (t) clearTimeout(t);
    this.stopping.abort();
    await this.busy;
  }

  /** One drain at a time per worker; a wake during a drain runs one more after it. */
  private kick(): Promise<void> {
    if (this.busy) {
      this.again = true;
      return this.busy;
    }
    const loop = async () => {
      do {
        this.again = false;
        try {
          await this.drain(10);
        } catch (err) {
          this.options.logger?.error({ err }, 'job worker poll failed');
        }
      } while (this.again && !this.stopping.signal.aborted);
    };
    this.busy = loop().finally(() => {
      this.busy = undefined;
    });
    return this.busy;
  }

  private claim(limit: number, extra: ClaimFilter = {}) {
    const { onlyKinds, exceptKinds } = this.options;
    return claimDueJobs(this.handle, this.owner, this.now().toISOString(), this.leaseEnd(), limit, {
      ...extra,
      ...(onlyKinds ? { onlyKinds } : {}),
      ...(exceptKinds ? { exceptKinds } : {}),
    });
  }

  private leaseEnd(): string {
    return new Date(this.now().getTime() + this.leaseMs).toISOString();
  }

  private async run(job: JobRow): Promise<void> {
    const heartbeat = (db: Kysely<Database> = this.handle.db) =>
      extendLease(db, job.id, this.owner, this.now().toISOString(), this.leaseEnd());
    // A real-time timer keeps a long handler's lease alive; short handlers finish before it fires.
    const beat = setInterval(() => void heartbeat().catch(() => {}), Math.max(1_000, this.leaseMs / 3));
    beat.unref();
    const ctx: JobContext = {
      jobId: job.id,
      attempt: job.attempts,
      maxAttempts: job.max_attempts,
      isLastAttempt: job.attempts >= job.max_attempts,
      now: this.now,
      handle: this.handle,
      heartbeat,
      signal: this.stopping.signal,
    };
    let outcome: JobOutcome;
    try {
      const handler = this.handlers[job.kind];
      if (!handler) throw new JobError('job_kind_unknown', { kind: job.kind }, true);
      await handler(JSON.parse(job.payload) as unknown, ctx);
      outcome = { state: 'done' };
    } catch (err) {
      outcome = this.failure(job, err);
      if (outcome.state === 'dead') this.options.logger?.warn({ jobId: job.id, err }, 'job dead');
    } finally {
      clearInterval(beat);
    }
    await finishAttempt(this.handle.db, job.id, this.owner, outcome, this.now().toISOString());
  }

  private failure(job: JobRow, err: unknown): JobOutcome {
    // Stopped at a safe point by `stop`: back to the queue at once, the attempt not counted.
    if (err instanceof JobInterrupted && this.stopping.signal.aborted) {
      return { state: 'queued', runAfter: this.now().toISOString() };
    }
    const error =
      err instanceof JobError
        ? { code: err.code, params: JSON.stringify(err.params), text: null }
        : { code: null, params: null, text: err instanceof Error ? err.message : String(err) };
    const permanent = err instanceof JobError && err.permanent;
    if (permanent || job.attempts >= job.max_attempts) return { state: 'dead', error };
    const runAfter = new Date(this.now().getTime() + backoffMs(job.attempts)).toISOString();
    return { state: 'failed', runAfter, error };
  }
}
