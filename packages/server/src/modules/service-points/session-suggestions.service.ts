import type { SessionSuggestionQuery, SessionSuggestionReply } from '@sigap/contracts';
import { daysBetween, median, suggestExtraSessions } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { forecastFor } from '../forecast';
import { listPointRows, recentRecordingTimes } from './service-points.repository';

/** Fewer finished recordings than this and the median is noise: the points' configured minutes are used. */
export const MIN_MEASURED = 20;
const MEASURE_DAYS = 28;
/** Minutes per recording when no point of the region says (the SIAK capture of photo, prints and iris). */
export const DEFAULT_RECORDING_MINUTES = 15;

/**
 * Minutes a recording takes in the region: the median measured at the counters over the last 28 days when
 * there are enough, else the mean of the minutes its points are configured with.
 */
async function recordingMinutes(handle: Db, region: string, configured: number[], now: Date) {
  const since = new Date(now.getTime() - MEASURE_DAYS * 86_400_000).toISOString();
  const times = await recentRecordingTimes(handle.db, region, since, 2000);
  const minutes = times
    .map((t) => (Date.parse(t.finished) - Date.parse(t.started)) / 60_000)
    .filter((m) => m > 0 && m < 240);
  if (minutes.length >= MIN_MEASURED) {
    return { value: Math.round(median(minutes) * 10) / 10, source: 'measured' as const, n: minutes.length };
  }
  if (configured.length > 0) {
    const mean = configured.reduce((a, b) => a + b, 0) / configured.length;
    return { value: Math.round(mean * 10) / 10, source: 'configured' as const, n: minutes.length };
  }
  return { value: DEFAULT_RECORDING_MINUTES, source: 'default' as const, n: minutes.length };
}

/**
 * Where the forecast says a region will miss voting day, how many extra session-hours (and evenings with
 * every recording counter of the region open) would close the gap at the measured service time.
 */
export async function sessionSuggestion(
  handle: Db,
  ctx: RequestContext,
  q: SessionSuggestionQuery,
  now = new Date(),
): Promise<SessionSuggestionReply> {
  authorize(ctx.user, 'service_point.read', q.region);
  const f = await forecastFor(
    handle,
    ctx,
    { region: q.region, ...(q.election ? { election: q.election } : {}) },
    now,
  );
  const points = (await listPointRows(handle.db, q.region)).filter((p) => Number(p.active) === 1);
  const recording = points
    .map((p) => ({
      counters: p.counters,
      minutes: (JSON.parse(p.services) as Record<string, number>).recording,
    }))
    .filter((p): p is { counters: number; minutes: number } => typeof p.minutes === 'number');
  const minutes = await recordingMinutes(
    handle,
    q.region,
    recording.map((p) => p.minutes),
    now,
  );
  const counters = recording.reduce((a, p) => a + p.counters, 0);
  const daysLeft = f.deadline ? Math.max(0, daysBetween(f.today, f.deadline)) : 0;
  const pacePerDay = f.forecast.paceLast7 ?? f.forecast.paceLast28;
  return {
    region: { code: f.region.code, name: f.region.name },
    deadline: f.deadline,
    today: f.today,
    daysLeft,
    remaining: f.forecast.remaining,
    pacePerDay,
    forecastStatus: f.forecast.status,
    minutesPerService: minutes.value,
    minutesSource: minutes.source,
    measuredServices: minutes.n,
    counters,
    points: recording.length,
    suggestion: suggestExtraSessions({
      remaining: f.forecast.remaining,
      pacePerDay,
      daysLeft,
      minutesPerService: minutes.value,
      counters,
    }),
  };
}
