import type {
  ChildForecast,
  ChildrenForecastResponse,
  CountedFigures,
  Forecast,
  ForecastQuery,
  ForecastResponse,
  SeriesPoint,
} from '@sigap/contracts';
import { forecastCoverage, forecastReasons } from '@sigap/domain';
import type { RequestContext } from '../../context';
import { type Db, forReading } from '../../db/connect';
import type { RegionRow } from '../../db/schema';
import { authorize } from '../access';
import { EMPTY_FIGURES } from '../counters';
import { figuresOnReference } from '../coverage';
import { getRegion, listChildRegionsFor } from '../regions';
import { percent } from '../snapshots';
import { type Reference, resolveReference, resolveTarget, seriesFor } from './forecast-inputs';

export interface ForecastContext extends Reference {
  region: RegionRow;
  target: number;
}

/**
 * The reference day, deadline and target of a forecast request. The caller checks access to the region;
 * `scope` (the user's) decides which elections may be named.
 */
export async function forecastContext(
  handle: Db,
  q: ForecastQuery,
  now: Date,
  scope: string,
): Promise<ForecastContext> {
  const region = await getRegion(handle.db, q.region);
  const reference = await resolveReference(handle, q.region, q, now, scope);
  const target = await resolveTarget(handle.db, q.region, q.target, reference.electionTarget);
  return { ...reference, region, target };
}

function regionRef(r: RegionRow) {
  return { code: r.code, name: r.name, level: r.level };
}

/**
 * A past reference states what was true then: no projection or required rate from today, and "reached"
 * only when nobody was left (the pace shown is the pace of the days before it, from its own series).
 */
function asOfThen(f: Forecast, c: ForecastContext): Forecast {
  const reached = f.remaining === 0;
  const missed = c.election
    ? forecastReasons.deadlinePassed(c.referenceDate)
    : forecastReasons.notReachedBy(c.referenceDate, f.remaining);
  return {
    ...f,
    requiredDailyRate: null,
    model: null,
    projectedDate: null,
    low: null,
    high: null,
    status: reached ? 'reached' : 'off_track',
    reasons: [reached ? forecastReasons.reached() : missed],
  };
}

/**
 * The forecast of one region. Wajib and recorded are those of the reference day, the very figures the
 * dashboard's tiles show for that reference (`figuresOnReference`: the counters for today or a day ahead,
 * a past day's stored close), so "Sisa menuju target" and the watch list's gap cannot disagree with
 * "Belum rekam".
 */
function forecastOf(
  c: ForecastContext,
  series: readonly SeriesPoint[],
  onReference: CountedFigures,
): Forecast {
  const past = c.referenceDate < c.today;
  const forecast = forecastCoverage({
    series,
    today: past ? c.referenceDate : c.today,
    deadline: c.deadline,
    target: c.target,
    mustHoldIdOnReference: onReference.mustHoldId,
    recordedOnReference: onReference.recorded,
  });
  return past ? asOfThen(forecast, c) : forecast;
}

/** Series and reference figures of regions: up to today (live last point), or up to a past reference day. */
async function inputsFor(handle: Db, c: ForecastContext, codes: readonly string[]) {
  const past = c.referenceDate < c.today;
  const series = await seriesFor(handle, codes, past ? c.referenceDate : c.today, !past);
  const { figures } = await figuresOnReference(handle, codes, c.referenceDate, c.today);
  return { series, figures };
}

function header(c: ForecastContext) {
  return {
    region: regionRef(c.region),
    referenceDate: c.referenceDate,
    today: c.today,
    deadline: c.deadline,
    election: c.election,
    target: c.target,
  };
}

/** Pace, projection and required rate of one region, with the series it was computed from. */
export async function forecastFor(
  handle: Db,
  ctx: RequestContext,
  q: ForecastQuery,
  now = new Date(),
): Promise<ForecastResponse> {
  authorize(ctx.user, 'coverage.read', q.region);
  handle = forReading(handle); // dashboard reads go to the replica when there is one
  const c = await forecastContext(handle, q, now, ctx.user.regionCode);
  const inputs = await inputsFor(handle, c, [q.region]);
  const series = inputs.series.get(q.region) ?? [];
  const forecast = forecastOf(c, series, inputs.figures.get(q.region) ?? EMPTY_FIGURES);
  return { ...header(c), series, forecast };
}

/** A forecast per child region (no access check: callers check the parent's scope). */
export async function childForecasts(handle: Db, c: ForecastContext): Promise<ChildForecast[]> {
  const children = await listChildRegionsFor(handle.db, c.region.code);
  const { series, figures } = await inputsFor(
    handle,
    c,
    children.map((r) => r.code),
  );
  const items: ChildForecast[] = [];
  for (const child of children) {
    const onReference = figures.get(child.code) ?? EMPTY_FIGURES;
    const forecast = forecastOf(c, series.get(child.code) ?? [], onReference);
    const wajib = onReference.mustHoldId;
    items.push({
      ...regionRef(child),
      recorded: forecast.recorded,
      mustHoldId: wajib,
      percentRecorded: percent(forecast.recorded, wajib),
      forecast,
    });
  }
  return items;
}

/** Forecasts of each child region, for the dashboard's ranking. */
export async function forecastChildren(
  handle: Db,
  ctx: RequestContext,
  q: ForecastQuery,
  now = new Date(),
): Promise<ChildrenForecastResponse> {
  authorize(ctx.user, 'coverage.read', q.region);
  handle = forReading(handle); // dashboard reads go to the replica when there is one
  const c = await forecastContext(handle, q, now, ctx.user.regionCode);
  return { ...header(c), items: await childForecasts(handle, c) };
}
