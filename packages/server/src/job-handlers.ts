import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config';
import type { Db } from './db/connect';
import { bookingJobHandlers } from './modules/bookings';
import { IMPORT_JOB, importJobHandler } from './modules/imports';
import { type JobHandlers, JobWorker } from './modules/jobs';
import { DELIVER_JOB, deliverMessageHandler, providerFor } from './modules/outbox';
import { snapshotJobHandlers } from './modules/snapshots';
import { SUKET_BATCH_JOB, suketBatchHandler } from './modules/sukets';
import { voterRollSink } from './modules/voter-rolls';

/**
 * Every job kind and its handler, in one place: a kind enqueued without a handler here goes dead with
 * `job_kind_unknown`.
 */
export function buildJobHandlers(config: Pick<Config, 'waGateway'>): JobHandlers {
  return {
    [DELIVER_JOB]: deliverMessageHandler(providerFor(config.waGateway)),
    [IMPORT_JOB]: importJobHandler({ shareConnection: true, sinks: { voter_roll: voterRollSink } }),
    ...snapshotJobHandlers,
    ...bookingJobHandlers,
    [SUKET_BATCH_JOB]: suketBatchHandler,
  };
}

/** Kinds that may run for minutes: they get a worker of their own, so messages and snapshots never wait. */
const LONG_KINDS = [IMPORT_JOB, SUKET_BATCH_JOB];

export interface JobWorkers {
  /** Runs a drain of the worker of `kind` now (a user waits for the job). */
  wake(kind: string): void;
  start(): void;
  stop(): Promise<void>;
}

/** The job workers of one process: imports one at a time in their lane, every other kind in the other. */
export function createJobWorkers(
  handle: Db,
  config: Pick<Config, 'waGateway'>,
  logger?: FastifyBaseLogger,
): JobWorkers {
  const handlers = buildJobHandlers(config);
  const long = new JobWorker(handle, handlers, { onlyKinds: LONG_KINDS, logger });
  const short = new JobWorker(handle, handlers, { exceptKinds: LONG_KINDS, logger });
  return {
    wake: (kind) => (LONG_KINDS.includes(kind) ? long : short).wake(),
    start: () => {
      long.start();
      short.start();
    },
    stop: async () => {
      await Promise.all([long.stop(), short.stop()]);
    },
  };
}
