import type { Config } from './config';
import type { JobHandlers } from './modules/jobs';
import { DELIVER_JOB, deliverMessageHandler, providerFor } from './modules/outbox';

/**
 * Every job kind and its handler, in one place: a kind enqueued without a handler here goes dead with
 * `job_kind_unknown`. Imports and snapshots will register here when they move onto jobs.
 */
export function buildJobHandlers(config: Pick<Config, 'waGateway'>): JobHandlers {
  return {
    [DELIVER_JOB]: deliverMessageHandler(providerFor(config.waGateway)),
  };
}
