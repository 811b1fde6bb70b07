import type { Config } from './config';
import type { Db } from './db/connect';

/** What route plugins need: the open database and the configuration. */
export interface AppDeps {
  handle: Db;
  config: Config;
  /** The clock of time-dependent policies (login throttling); tests inject one instead of sleeping. */
  now?: () => Date;
  /** The process's job workers: a route that enqueues a job someone waits for wakes them (job-handlers.ts). */
  jobs?: { wake(kind: string): void };
}
