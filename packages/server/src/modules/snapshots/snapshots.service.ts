import type {
  Snapshot,
  SnapshotResponse,
  StoredFigures,
  TakeSnapshotBody,
  TrendQuery,
  TrendResponse,
} from '@sigap/contracts';
import { addDays, daysBetween, officeToday } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { AppError, errors } from '../../errors';
import { authorize } from '../access/authorize';
import { EMPTY_FIGURES } from '../counters/coverage-figures';
import { getRegion } from '../regions/regions.service';
import { figuresForMany } from './bulk-figures';
import {
  findSnapshot,
  listSnapshots,
  type SnapshotRow,
  type SnapshotTrigger,
  snapshotRegionCodes,
  toSnapshotRow,
  upsertSnapshots,
} from './snapshots.repository';

/** Longest trend one request may ask for: a year and a day covers any election cycle's run-up. */
const MAX_TREND_DAYS = 366;
const DEFAULT_TREND_DAYS = 60;

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
  await upsertSnapshots(handle.db, rows, trigger);
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
    trigger: row.trigger as Snapshot['trigger'],
    figures: { ...f, percentRecorded: percent(f.recorded, f.mustHoldId) },
    regionsStored,
  };
}

const snapshotErrors = {
  dateOutOfRange: (date: string, today: string) =>
    errors.validation([
      {
        field: 'date',
        message: `Snapshot sesuai permintaan hanya untuk hari ini atau kemarin (hari ini ${today} waktu setempat), bukan ${date}.`,
        messageEn: `An on-demand snapshot is for today or yesterday only (today is ${today} local time), not ${date}.`,
      },
    ]),
  dayClosed: (region: string, date: string) =>
    new AppError(
      'snapshot_day_closed',
      409,
      `Hari ${date} untuk wilayah ${region} sudah ditutup; snapshot penutupan hari tidak diganti.`,
      `Day ${date} of region ${region} is already closed; its day-close snapshot is not replaced.`,
    ),
};

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

/** The region's stored daily figures between two dates (default: the 60 days up to today), oldest first. */
export async function trendFor(
  handle: Db,
  ctx: RequestContext,
  q: TrendQuery,
  now = new Date(),
): Promise<TrendResponse> {
  authorize(ctx.user, 'coverage.read', q.region);
  await getRegion(handle.db, q.region);
  const to = q.to ?? officeToday(q.region, now);
  const from = q.from ?? addDays(to, -(DEFAULT_TREND_DAYS - 1));
  if (daysBetween(from, to) >= MAX_TREND_DAYS) {
    throw errors.validation([
      {
        field: 'from',
        message: `Rentang paling panjang ${MAX_TREND_DAYS} hari.`,
        messageEn: `The range may span at most ${MAX_TREND_DAYS} days.`,
      },
    ]);
  }
  const rows = await listSnapshots(handle.db, [q.region], from, to);
  return {
    region: q.region,
    from,
    to,
    items: rows.map((r) => ({
      date: r.date,
      mustHoldId: r.must_hold_id,
      recorded: r.recorded,
      printed: r.printed,
      handedOver: r.handed_over,
      printReadyWaiting: r.print_ready_waiting,
      percentRecorded: percent(r.recorded, r.must_hold_id),
      trigger: r.trigger,
    })),
  };
}
