/**
 * Code columns that belong to one module but are typed here, so that `schema.ts` (the database's shape)
 * never reaches into a module: the database layer sits below the modules, and each module re-exports the
 * type it owns. Codes that are domain concepts (roles, statuses, levels) come from `@sigap/domain`.
 */

/** A full resident extract, a status update file (imports.schema.ts's ImportKind) or a voter-roll extract (voter-rolls). */
export type ImportJobKind = 'residents' | 'status' | 'voter_roll';
/** An interrupted job stays `running` (or `queued`) until its job is resumed or given up. */
export type ImportJobStatus = 'queued' | 'running' | 'done' | 'failed';

export type NoticeSeverity = 'info' | 'warning' | 'critical';

/** What a history entry records: the first appearance, or a move of one tracked status. */
export type HistoryField = 'created' | 'recording' | 'print' | 'life' | 'ikd';

/** Where a change comes from; kept in every history entry (DESIGN.md: import, counter, outreach, print, death, manual). */
export const RESIDENT_SOURCES = [
  'import',
  'counter',
  'outreach',
  'print',
  'death',
  /** Only the annulment of a death certificate (burials module) writes it: deceased back to alive. */
  'death_annulment',
  'manual',
  'generate',
] as const;
export type ResidentSource = (typeof RESIDENT_SOURCES)[number];

export type SnapshotTrigger = 'day_close' | 'on_demand' | 'backfill';
