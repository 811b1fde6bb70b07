import { lastClosedDate, zoneOfRegion } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { enqueueDayClose } from './snapshot-jobs';
import { dayClosesTaken, provincesWithResidents } from './snapshots.repository';

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
 * One scheduler pass: reads which provinces have residents and which closes are stored, and enqueues a
 * day-close job for each missing one. The job's dedupe key (province and date) makes any number of
 * instances safe: a close is enqueued once, so one instance takes it. Returns the closes enqueued now.
 */
export async function enqueueDueDayCloses(handle: Db, now = new Date()): Promise<DayClose[]> {
  const provinces = await provincesWithResidents(handle.db);
  const candidates = dueDayCloses(now, provinces, new Set());
  // Closes stored before they were jobs have no job to dedupe against: the stored rows say they are done.
  const taken = await dayClosesTaken(handle.db, candidates);
  const enqueued: DayClose[] = [];
  for (const c of dueDayCloses(now, provinces, taken)) {
    if (await enqueueDayClose(handle.db, c, now)) enqueued.push(c);
  }
  return enqueued;
}

export interface SchedulerOptions {
  tickMs?: number;
  /** Wakes the job worker, so a close enqueued now is taken within seconds of the local midnight. */
  wake?: () => void;
}

/**
 * Checks every minute for provinces whose local day has closed and enqueues their day closes; the job
 * worker takes them. The timer is unref'd so it never keeps the process alive; the in-flight flag only
 * avoids overlapping passes in this process (correctness does not depend on it). Returns a stop function.
 */
export function startSnapshotScheduler(
  handle: Db,
  log: SchedulerLog,
  options: SchedulerOptions = {},
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const enqueued = await enqueueDueDayCloses(handle);
      if (enqueued.length > 0) {
        log.info({ dayCloses: enqueued }, 'day-close snapshots enqueued');
        options.wake?.();
      }
    } catch (err) {
      log.error({ err }, 'day-close snapshot pass failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.tickMs ?? TICK_MS);
  timer.unref();
  const first = setTimeout(() => void tick(), 1_000);
  first.unref();
  return () => {
    clearInterval(timer);
    clearTimeout(first);
  };
}
