/** Daily coverage snapshots: the day-close scheduler, on-demand snapshots and the demo history. */

export {
  BACKFILL_JOB,
  DAY_CLOSE_JOB,
  DEMO_HISTORY_DAYS,
  enqueueBackfill,
  enqueueDayClose,
  seedDemoHistory,
  snapshotJobHandlers,
} from './snapshot-jobs';
export { type SchedulerLog, startSnapshotScheduler } from './snapshot-scheduler';
export type { SnapshotRow } from './snapshots.repository';
export { snapshotsRoutes } from './snapshots.routes';
export {
  figuresOfRow,
  percent,
  snapshotFiguresAsOf,
  snapshotsBetween,
  takeSnapshot,
} from './snapshots.service';
