import type { ForecastResponse } from '@sigap/contracts';
import { formatDateLong, formatNumber, formatPercent } from '@sigap/domain';
import { ReasonBadges } from '../../components/ReasonBadges';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { isUnavailable } from '../../lib/unavailable';
import { forecastStatus } from './forecast-labels';

interface ForecastPanelProps {
  data: ForecastResponse | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** Pace, projected completion with its band, the daily rate needed by the reference date, and a verdict. */
export function ForecastPanel({ data, loading, error, onRetry }: ForecastPanelProps) {
  const t = useT();
  const { locale } = useLocale();
  const perDay = (v: number | null) =>
    v === null ? '–' : t('cc.forecast.perDay', { n: formatNumber(Math.round(v), locale) });
  const f = data?.forecast;
  const status = f ? forecastStatus(f.status) : undefined;
  return (
    <section className="panel forecast-panel" aria-labelledby="forecast-title" data-testid="forecast-panel">
      <h2 id="forecast-title">{t('cc.forecast.title')}</h2>
      {loading ? <Loading /> : null}
      {error && isUnavailable(error) ? (
        <p className="alert alert-info">{t('cc.unavailable.forecast')}</p>
      ) : null}
      {error && !isUnavailable(error) ? <ErrorAlert error={error} onRetry={onRetry} /> : null}
      {f && status ? (
        <>
          <p>
            <span className={`badge ${status.badge}`}>{status.label ? t(status.label) : f.status}</span>
            {data.election?.demo ? <span className="badge badge-warn">{t('cc.demo')}</span> : null}
          </p>
          {data.election && data.referenceDate > data.today ? (
            <p className="muted" data-testid="forecast-against">
              {t('cc.forecast.against', {
                name: data.election.name,
                date: formatDateLong(data.election.votingDate, locale),
              })}
            </p>
          ) : null}
          {data.referenceDate < data.today ? (
            <p className="muted" data-testid="forecast-past">
              {t('cc.forecast.past')}
            </p>
          ) : null}
          {f.status === 'insufficient_history' ? (
            <p className="muted">{t('cc.forecast.insufficient')}</p>
          ) : null}
          <dl className="details details-compact">
            <dt>{t('cc.forecast.pace7')}</dt>
            <dd>{perDay(f.paceLast7)}</dd>
            <dt>{t('cc.forecast.pace28')}</dt>
            <dd>{perDay(f.paceLast28)}</dd>
            <dt>{t('cc.forecast.remaining', { target: formatPercent(f.target, locale, 0) })}</dt>
            <dd>{formatNumber(f.remaining, locale)}</dd>
            <dt>{t('cc.forecast.projected')}</dt>
            <dd>
              {f.projectedDate ? formatDateLong(f.projectedDate, locale) : '–'}
              {f.low && f.high ? (
                <span className="muted cc-band">
                  {' '}
                  {t('cc.forecast.band', {
                    low: formatDateLong(f.low, locale),
                    high: formatDateLong(f.high, locale),
                  })}
                </span>
              ) : null}
            </dd>
            {data.deadline ? (
              <>
                <dt>{t('cc.forecast.required', { date: formatDateLong(data.deadline, locale) })}</dt>
                <dd>{perDay(f.requiredDailyRate)}</dd>
              </>
            ) : null}
          </dl>
          <ReasonBadges reasons={f.reasons} />
        </>
      ) : null}
    </section>
  );
}
