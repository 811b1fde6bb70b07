import { lastClosedDate, zoneOfRegion } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { dayClosesTaken, provincesWithResidents } from './snapshots.repository';
import { takeSnapshot } from './snapshots.service';

export interface DayClose {
  province: string;
  /** The local day that has closed and still lacks its day-close snapshot. */
  date: string;
}

/** The minimal logger the scheduler needs (Fastify's and pino's both fit). */
export interface SchedulerLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

const TICK_MS = 60_000;

/**
 * Pure decision: for each province, the day that last closed on its own clock (Lampung, WIB, closes at
 * 17:00 UTC; NTB, WITA, at 16:00 UTC), unless its day-close snapshot is already `taken` (`code|date`).
 * A missed midnight (the server was down) is caught up on the next tick of the following local day:
 * a slightly late figure is better than a hole in the trend.
 */
export function dueDayCloses(
  now: Date,
  provinces: readonly string[],
  taken: ReadonlySet<string>,
): DayClose[] {
  return provinces
    .map((province) => ({ province, date: lastClosedDate(now, zoneOfRegion(province)) }))
    .filter((c) => !taken.has(`${c.province}|${c.date}`));
}

/**
 * One scheduler pass: reads which provinces have residents and which closes are stored, and takes the
 * missing ones. All state lives in the database, so any number of instances may run this; two instances
 * racing on the same close write the same rows (an idempotent upsert).
 */
export async function runDueDayCloses(handle: Db, now = new Date()): Promise<DayClose[]> {
  const provinces = await provincesWithResidents(handle.db);
  const candidates = dueDayCloses(now, provinces, new Set());
  const taken = await dayClosesTaken(handle.db, candidates);
  const due = dueDayCloses(now, provinces, taken);
  for (const c of due) await takeSnapshot(handle, c.province, c.date, 'day_close');
  return due;
}

/**
 * Checks every minute for provinces whose local day has closed. The timer is unref'd so it never keeps
 * the process alive; the in-flight flag only avoids overlapping passes in this process (correctness does
 * not depend on it). Returns a stop function.
 */
export function startSnapshotScheduler(handle: Db, log: SchedulerLog, tickMs = TICK_MS): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const taken = await runDueDayCloses(handle);
      if (taken.length > 0) log.info({ dayCloses: taken }, 'day-close snapshots taken');
    } catch (err) {
      log.error({ err }, 'day-close snapshot pass failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), tickMs);
  timer.unref();
  const first = setTimeout(() => void tick(), 1_000);
  first.unref();
  return () => {
    clearInterval(timer);
    clearTimeout(first);
  };
}
