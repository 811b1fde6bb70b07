import type { CoverageResponse, ForecastResponse, TrendResponse } from '@sigap/contracts';
import { officeToday } from '@sigap/domain';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { coveragePath, forecastPath, type Reference, trendPath } from './coverage.api';

/**
 * Coverage, trend and forecast for one region and reference, requested together in the same render so the
 * three travel in parallel (no waterfall).
 */
export function useDashboardData(
  region: string,
  reference: Reference | undefined,
  referenceDate: string | undefined,
) {
  const today = officeToday(region);
  const coverage = useApiGet<CoverageResponse>(
    queryKeys.dashboard,
    reference ? coveragePath(region, reference) : null,
  );
  const trend = useApiGet<TrendResponse>(
    queryKeys.dashboard,
    referenceDate ? trendPath(region, referenceDate, today) : null,
  );
  const forecast = useApiGet<ForecastResponse>(
    queryKeys.dashboard,
    reference ? forecastPath(region, reference, today) : null,
  );
  return { coverage, trend, forecast };
}
