import type {
  ChildForecast,
  ChildrenForecastResponse,
  Forecast,
  ForecastQuery,
  ForecastResponse,
  SeriesPoint,
} from '@sigap/contracts';
import { forecastCoverage } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { RegionRow } from '../../db/schema';
import { authorize } from '../access';
import { figuresFor } from '../counters';
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
 * Wajib and recorded on the reference day, the very figures the dashboard's tiles show for that reference
 * (the counters answer future days too: who will be 17 by voting day). "Sisa menuju target" and the watch
 * list's gap are computed from them, so they cannot disagree with "Belum rekam".
 */
async function figuresOnReference(
  handle: Db,
  code: string,
  c: ForecastContext,
  series: readonly SeriesPoint[],
) {
  const live = series.at(-1);
  if (c.referenceDate === c.today && live?.live) return live;
  return figuresFor(handle.db, code, c.referenceDate);
}

async function forecastOf(
  handle: Db,
  code: string,
  c: ForecastContext,
  series: readonly SeriesPoint[],
): Promise<{ forecast: Forecast; wajib: number }> {
  const onReference = await figuresOnReference(handle, code, c, series);
  const wajib = onReference.mustHoldId;
  const forecast = forecastCoverage({
    series,
    today: c.today,
    deadline: c.deadline,
    target: c.target,
    mustHoldIdOnReference: wajib,
    recordedOnReference: onReference.recorded,
  });
  return { forecast, wajib };
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
  const c = await forecastContext(handle, q, now, ctx.user.regionCode);
  const series = (await seriesFor(handle, [q.region], c.today)).get(q.region) ?? [];
  const { forecast } = await forecastOf(handle, q.region, c, series);
  return { ...header(c), series, forecast };
}

/** A forecast per child region (no access check: callers check the parent's scope). */
export async function childForecasts(handle: Db, c: ForecastContext): Promise<ChildForecast[]> {
  const children = await listChildRegionsFor(handle.db, c.region.code);
  const series = await seriesFor(
    handle,
    children.map((r) => r.code),
    c.today,
  );
  const items: ChildForecast[] = [];
  for (const child of children) {
    const { forecast, wajib } = await forecastOf(handle, child.code, c, series.get(child.code) ?? []);
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
  const c = await forecastContext(handle, q, now, ctx.user.regionCode);
  return { ...header(c), items: await childForecasts(handle, c) };
}
