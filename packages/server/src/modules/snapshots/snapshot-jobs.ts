import { addDays, NATIONAL_CODE, officeToday } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { enqueueJob, JobError, type JobHandler, type JobHandlers, JobWorker } from '../jobs';
import { backfillSnapshots } from './snapshot-backfill';
import { dayClosesTaken } from './snapshots.repository';
import { takeSnapshot } from './snapshots.service';

/** A province's day close: the figures of a local day that has just ended. */
export const DAY_CLOSE_JOB = 'snapshot.day_close';
/** A reconstruction of a region's past days (snapshot-backfill.ts), for a database without history. */
export const BACKFILL_JOB = 'snapshot.backfill';

/**
 * The dedupe keys: one day close per (province, date) and one backfill per (region, range), ever. Two
 * instances whose schedulers see the same midnight enqueue it once, so only one of them takes it.
 */
export const dayCloseKey = (province: string, date: string) => `${DAY_CLOSE_JOB}:${province}:${date}`;
export const backfillKey = (region: string, from: string, to: string) =>
  `${BACKFILL_JOB}:${region}:${from}:${to}`;

/** Enqueues a province's day close; returns false when it was enqueued before (by any instance). */
export async function enqueueDayClose(
  db: Kysely<Database>,
  close: { province: string; date: string },
  now: Date,
): Promise<boolean> {
  const id = await enqueueJob(
    db,
    { kind: DAY_CLOSE_JOB, payload: { ...close }, dedupeKey: dayCloseKey(close.province, close.date) },
    now,
  );
  return id !== null;
}

export async function enqueueBackfill(
  db: Kysely<Database>,
  range: { region: string; from: string; to: string },
  now: Date,
): Promise<boolean> {
  const dedupeKey = backfillKey(range.region, range.from, range.to);
  return (await enqueueJob(db, { kind: BACKFILL_JOB, payload: { ...range }, dedupeKey }, now)) !== null;
}

function stringsOf<K extends string>(payload: unknown, keys: readonly K[]): Record<K, string> {
  const p = (payload ?? {}) as Record<string, unknown>;
  for (const k of keys) if (typeof p[k] !== 'string') throw new JobError('payload_invalid', {}, true);
  return p as Record<K, string>;
}

const dayCloseHandler: JobHandler = async (payload, ctx) => {
  const { province, date } = stringsOf(payload, ['province', 'date']);
  // Stored in one transaction, so a close found here is whole: a run resumed after its process died must
  // not take it again, which would store later figures as the day's.
  if ((await dayClosesTaken(ctx.handle.db, [{ province, date }])).size > 0) return;
  await takeSnapshot(ctx.handle, province, date, 'day_close');
};

const backfillHandler: JobHandler = async (payload, ctx) => {
  const { region, from, to } = stringsOf(payload, ['region', 'from', 'to']);
  await backfillSnapshots(ctx.handle, region, from, to);
};

/** The snapshot job kinds and their handlers, for src/job-handlers.ts. */
export const snapshotJobHandlers: JobHandlers = {
  [DAY_CLOSE_JOB]: dayCloseHandler,
  [BACKFILL_JOB]: backfillHandler,
};

/** Days of reconstructed history the demo gets: enough for the 28-day fits and a two-month trend. */
export const DEMO_HISTORY_DAYS = 60;

/**
 * Gives each demo province 60 days of reconstructed history up to its yesterday (today, on the province's
 * own clock, is the live day). The backfills are jobs like any other, run here before the server starts
 * so that the first page already shows a trend. Returns how many backfills ran (none when already done).
 */
export async function seedDemoHistory(handle: Db, provinces: readonly string[], now: Date): Promise<number> {
  for (const p of provinces) {
    if (p === NATIONAL_CODE) continue;
    const today = officeToday(p, now);
    const range = { region: p, from: addDays(today, -DEMO_HISTORY_DAYS), to: addDays(today, -1) };
    await enqueueBackfill(handle.db, range, now);
  }
  const worker = new JobWorker(handle, snapshotJobHandlers, { onlyKinds: [BACKFILL_JOB], now: () => now });
  return worker.drain();
}
