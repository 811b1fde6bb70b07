import type { StoredFigures } from '@sigap/contracts';
import { type Kysely, sql } from 'kysely';
import type { CoverageSnapshotsTable, Database } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';
import type { SnapshotTrigger } from '../../db/stored-codes';

export type SnapshotRow = CoverageSnapshotsTable;
export type { SnapshotTrigger } from '../../db/stored-codes';

/**
 * What an upsert may overwrite. A day-close snapshot is the record of a closed day and replaces anything;
 * an on-demand one never replaces a day close (it would rewrite history with later figures); a backfill
 * (a reconstruction) fills holes and refreshes only earlier reconstructions.
 */
const REPLACEABLE: Record<SnapshotTrigger, readonly SnapshotTrigger[] | null> = {
  day_close: null,
  on_demand: ['on_demand', 'backfill'],
  backfill: ['backfill'],
};

const CHUNK = 500;

export function toSnapshotRow(
  region: string,
  date: string,
  trigger: SnapshotTrigger,
  takenAt: string,
  f: StoredFigures,
): SnapshotRow {
  return {
    region_code: region,
    date,
    taken_at: takenAt,
    trigger,
    population: f.population,
    must_hold_id: f.mustHoldId,
    recorded: f.recorded,
    not_recorded: f.notRecorded,
    print_ready_waiting: f.printReadyWaiting,
    printed: f.printed,
    handed_over: f.handedOver,
    needs_rerecording: f.needsRerecording,
    digital_id_active: f.digitalIdActive,
    voters: f.voters,
    voters_recorded: f.votersRecorded,
  };
}

/** Upserts snapshot rows keyed by (region, date); idempotent, so two instances taking the same close agree. */
export async function upsertSnapshots(
  db: Kysely<Database>,
  rows: readonly SnapshotRow[],
  trigger: SnapshotTrigger,
): Promise<void> {
  const replaceable = REPLACEABLE[trigger];
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('coverage_snapshots')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => {
        const update = oc.columns(['region_code', 'date']).doUpdateSet((eb) => ({
          taken_at: eb.ref('excluded.taken_at'),
          trigger: eb.ref('excluded.trigger'),
          population: eb.ref('excluded.population'),
          must_hold_id: eb.ref('excluded.must_hold_id'),
          recorded: eb.ref('excluded.recorded'),
          not_recorded: eb.ref('excluded.not_recorded'),
          print_ready_waiting: eb.ref('excluded.print_ready_waiting'),
          printed: eb.ref('excluded.printed'),
          handed_over: eb.ref('excluded.handed_over'),
          needs_rerecording: eb.ref('excluded.needs_rerecording'),
          digital_id_active: eb.ref('excluded.digital_id_active'),
          voters: eb.ref('excluded.voters'),
          voters_recorded: eb.ref('excluded.voters_recorded'),
        }));
        return replaceable ? update.where('coverage_snapshots.trigger', 'in', replaceable) : update;
      })
      .execute();
  }
}

export async function findSnapshot(
  db: Kysely<Database>,
  region: string,
  date: string,
): Promise<SnapshotRow | undefined> {
  return db
    .selectFrom('coverage_snapshots')
    .selectAll()
    .where('region_code', '=', region)
    .where('date', '=', date)
    .executeTakeFirst();
}

/** Snapshots of some regions between two dates (inclusive), oldest first. */
export async function listSnapshots(
  db: Kysely<Database>,
  regions: readonly string[],
  from: string,
  to: string,
): Promise<SnapshotRow[]> {
  if (regions.length === 0) return [];
  return db
    .selectFrom('coverage_snapshots')
    .selectAll()
    .where('region_code', 'in', regions)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .orderBy('region_code')
    .execute();
}

/** The region and every region below it down to districts: villages are too many to keep daily. */
export async function snapshotRegionCodes(db: Kysely<Database>, region: string): Promise<string[]> {
  const rows = await db
    .selectFrom('regions')
    .select('code')
    .where(withinScope('code', region))
    .where('level', '<>', 'village')
    .orderBy('code')
    .execute();
  return rows.map((r) => r.code);
}

/** Provinces with at least one resident: only they have a day to close. */
export async function provincesWithResidents(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('resident_counts')
    .select('region_code')
    .distinct()
    .where(sql<boolean>`length(region_code) = 2`)
    .orderBy('region_code')
    .execute();
  return rows.map((r) => r.region_code);
}

/** Which of these (province, date) pairs already have their day-close snapshot, as `code|date` keys. */
export async function dayClosesTaken(
  db: Kysely<Database>,
  pairs: readonly { province: string; date: string }[],
): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await db
    .selectFrom('coverage_snapshots')
    .select(['region_code', 'date'])
    .where('trigger', '=', 'day_close')
    .where(
      'region_code',
      'in',
      pairs.map((p) => p.province),
    )
    .where(
      'date',
      'in',
      pairs.map((p) => p.date),
    )
    .execute();
  return new Set(rows.map((r) => `${r.region_code}|${r.date}`));
}
