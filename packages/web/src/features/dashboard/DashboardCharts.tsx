import type { CoverageResponse, ForecastResponse, TrendPoint } from '@sigap/contracts';
import type { ReactNode } from 'react';
import { ErrorAlert, Loading } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { isUnavailable } from '../../lib/unavailable';
import type { QueryState } from '../../lib/use-api-query';
import { ForecastPanel } from './ForecastPanel';
import { FunnelChart } from './FunnelChart';
import { RankingChart } from './RankingChart';
import { TrendChart } from './TrendChart';

interface DashboardChartsProps {
  coverage: CoverageResponse;
  trend: QueryState<{ items: TrendPoint[] }>;
  forecast: QueryState<ForecastResponse>;
  referenceDate: string;
  childLevel: string;
  /** The drill-down table, placed between the time charts and the comparisons. */
  children: ReactNode;
}

/** Trend with forecast beside the forecast figures, then the table, then the funnel and the ranking. */
export function DashboardCharts({
  coverage,
  trend,
  forecast,
  referenceDate,
  childLevel,
  children,
}: DashboardChartsProps) {
  const t = useT();
  const f = forecast.data;
  const trendItems = trend.data?.items ?? (trend.loading ? trend.latest?.items : undefined);
  return (
    <>
      <div className="dashboard-grid dashboard-grid-wide">
        {trendItems ? (
          trendItems.length > 0 ? (
            <TrendChart
              items={trendItems}
              forecast={f?.forecast}
              target={f?.forecast.targetCount}
              referenceDate={referenceDate}
              votingDay={coverage.election?.votingDate ?? f?.election?.votingDate}
            />
          ) : (
            <section className="panel">
              <h2>{t('cc.trend.title')}</h2>
              <p className="empty">{t('cc.trend.empty')}</p>
            </section>
          )
        ) : (
          <section className="panel" aria-labelledby="trend-pending-title">
            <h2 id="trend-pending-title">{t('cc.trend.title')}</h2>
            {trend.loading ? <Loading /> : null}
            {trend.error && isUnavailable(trend.error) ? (
              <p className="alert alert-info">{t('cc.unavailable.trend')}</p>
            ) : null}
            {trend.error && !isUnavailable(trend.error) ? (
              <ErrorAlert error={trend.error} onRetry={trend.reload} />
            ) : null}
          </section>
        )}
        <ForecastPanel data={f} loading={forecast.loading} error={forecast.error} onRetry={forecast.reload} />
      </div>
      {children}
      <div className="dashboard-grid">
        <FunnelChart figures={coverage.region.figures} />
        {coverage.children.length > 0 ? (
          <RankingChart rows={coverage.children} levelName={childLevel} />
        ) : null}
      </div>
    </>
  );
}
