/** Daily coverage snapshots: the day-close scheduler, on-demand snapshots and the demo history. */

export { DEMO_HISTORY_DAYS, seedDemoHistory } from './snapshot-backfill';
export { type SchedulerLog, startSnapshotScheduler } from './snapshot-scheduler';
export type { SnapshotRow } from './snapshots.repository';
export { snapshotsRoutes } from './snapshots.routes';
export { percent, snapshotsBetween, takeSnapshot } from './snapshots.service';
