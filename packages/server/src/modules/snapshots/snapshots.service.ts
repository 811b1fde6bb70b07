import type { Snapshot, SnapshotResponse, StoredFigures, TakeSnapshotBody } from '@sigap/contracts';
import { addDays, officeToday } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { errors } from '../../errors';
import { authorize } from '../access';
import { EMPTY_FIGURES } from '../counters';
import { getRegion } from '../regions';
import { figuresForMany } from './bulk-figures';
import { snapshotErrors } from './snapshots.errors';
import {
  findSnapshot,
  listSnapshots,
  type SnapshotRow,
  type SnapshotTrigger,
  snapshotRegionCodes,
  toSnapshotRow,
  upsertSnapshots,
} from './snapshots.repository';

export function percent(recorded: number, mustHoldId: number): number | null {
  return mustHoldId === 0 ? null : recorded / mustHoldId;
}

export function figuresOfRow(r: SnapshotRow): StoredFigures {
  return {
    population: r.population,
    mustHoldId: r.must_hold_id,
    recorded: r.recorded,
    notRecorded: r.not_recorded,
    printReadyWaiting: r.print_ready_waiting,
    printed: r.printed,
    handedOver: r.handed_over,
    needsRerecording: r.needs_rerecording,
    digitalIdActive: r.digital_id_active,
    voters: r.voters,
    votersRecorded: r.voters_recorded,
  };
}

/**
 * Stores the counters' figures of a region and of every regency and district below it for one local day
 * (the reference date is that day, so "wajib" means wajib on that day). Idempotent: taking it again
 * replaces the rows, which is what makes several instances running the scheduler harmless.
 */
export async function takeSnapshot(
  handle: Db,
  region: string,
  date: string,
  trigger: Exclude<SnapshotTrigger, 'backfill'>,
): Promise<Snapshot> {
  const codes = await snapshotRegionCodes(handle.db, region);
  const takenAt = new Date().toISOString();
  const figures = await figuresForMany(handle.db, codes, date);
  const rows = codes.map((code) =>
    toSnapshotRow(code, date, trigger, takenAt, figures.get(code) ?? EMPTY_FIGURES),
  );
  // All regions at once: a day close found stored is whole (the day-close job relies on it).
  await handle.db.transaction().execute((trx) => upsertSnapshots(trx, rows, trigger));
  const own = rows.find((r) => r.region_code === region);
  if (!own) throw errors.notFound('Wilayah', 'region', region);
  return presentSnapshot(own, rows.length);
}

function presentSnapshot(row: SnapshotRow, regionsStored: number): Snapshot {
  const f = figuresOfRow(row);
  return {
    regionCode: row.region_code,
    date: row.date,
    takenAt: row.taken_at,
    trigger: row.trigger,
    figures: { ...f, percentRecorded: percent(f.recorded, f.mustHoldId) },
    regionsStored,
  };
}

/**
 * A snapshot now, at a user's request. Only today or yesterday on the region's clock: counters hold
 * statuses as they are now, so a snapshot "for" an older day would rewrite history with today's figures.
 */
export async function takeSnapshotOnDemand(
  handle: Db,
  ctx: RequestContext,
  body: TakeSnapshotBody,
  now = new Date(),
): Promise<SnapshotResponse> {
  authorize(ctx.user, 'snapshot.take', body.region);
  await getRegion(handle.db, body.region);
  const today = officeToday(body.region, now);
  const date = body.date ?? today;
  if (date > today || date < addDays(today, -1)) throw snapshotErrors.dateOutOfRange(date, today);
  const existing = await findSnapshot(handle.db, body.region, date);
  if (existing?.trigger === 'day_close') throw snapshotErrors.dayClosed(body.region, date);
  return { snapshot: await takeSnapshot(handle, body.region, date, 'on_demand') };
}

/** Stored snapshots of some regions between two dates (inclusive), oldest first: trends and forecasts. */
export async function snapshotsBetween(
  db: Kysely<Database>,
  codes: readonly string[],
  from: string,
  to: string,
): Promise<SnapshotRow[]> {
  return listSnapshots(db, codes, from, to);
}

/** How far back a past reference looks for a closed day: older than a month is no longer "as of then". */
export const AS_OF_LOOKBACK_DAYS = 31;

/**
 * The stored figures of every given region on the latest day at or before `date` that holds all of them
 * (a past reference shows what was true then: the close of that day), or null when no such day is stored
 * in the month before. Stored snapshots exist for provinces, regencies and districts, not villages.
 */
export async function snapshotFiguresAsOf(
  db: Kysely<Database>,
  codes: readonly string[],
  date: string,
): Promise<{ date: string; figures: Map<string, StoredFigures> } | null> {
  const rows = await listSnapshots(db, codes, addDays(date, -AS_OF_LOOKBACK_DAYS), date);
  const byDate = new Map<string, Map<string, StoredFigures>>();
  for (const r of rows) {
    const day = byDate.get(r.date) ?? new Map<string, StoredFigures>();
    day.set(r.region_code, figuresOfRow(r));
    byDate.set(r.date, day);
  }
  const complete = [...byDate.entries()]
    .filter(([, figures]) => codes.every((c) => figures.has(c)))
    .sort(([a], [b]) => (a < b ? 1 : -1))[0];
  return complete ? { date: complete[0], figures: complete[1] } : null;
}
