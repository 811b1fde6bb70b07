import { officeToday } from '@sigap/domain';
import { useApiGet } from '../../lib/use-async';
import {
  type CoverageResponse,
  coveragePath,
  type ForecastResponse,
  forecastPath,
  type Reference,
  type TrendPoint,
  trendPath,
} from './coverage.api';

/**
 * Coverage, trend and forecast for one region and reference, requested together in the same render so the
 * three travel in parallel (no waterfall).
 */
export function useDashboardData(region: string, reference: Reference | undefined) {
  const today = officeToday(region);
  const coverage = useApiGet<CoverageResponse>(reference ? coveragePath(region, reference) : null);
  const trend = useApiGet<{ items: TrendPoint[] }>(reference ? trendPath(region, reference, today) : null);
  const forecast = useApiGet<ForecastResponse>(reference ? forecastPath(region, reference) : null);
  return { coverage, trend, forecast };
}
