import type { CoverageResponse, PublicElections } from '@sigap/contracts';
import { formatAsOf, formatDateLong, NATIONAL_CODE, regionLevel, zoneOfRegion } from '@sigap/domain';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { ErrorAlert, Loading } from '../../components/Status';
import { ApiError } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys, staleTimes } from '../../lib/query-keys';
import { isUnavailable } from '../../lib/unavailable';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { CoverageTable } from '../dashboard/CoverageTable';
import { CoverageTiles } from '../dashboard/CoverageTiles';
import { childLevelName } from '../dashboard/level-names';
import { ReferenceSelector } from '../dashboard/ReferenceSelector';
import { useDashboardParams } from '../dashboard/use-dashboard-params';
import { PUBLIC_ELECTIONS_PATH, parentOf, publicCoveragePath } from './public.api';

function isDisabled(error: unknown): boolean {
  return error instanceof ApiError && error.error === 'public_dashboard_disabled';
}

/** Aggregates for residents and journalists, no login: the country, a province, a regency, a district. */
export function PublicDashboardPage() {
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('public.title'));
  const elections = useApiGet<PublicElections>(queryKeys.publicData, PUBLIC_ELECTIONS_PATH, {
    staleTime: staleTimes.elections,
  });
  const list = elections.data?.items ?? (elections.error ? [] : undefined);
  const { region, reference, today, openRegion, setReference } = useDashboardParams(NATIONAL_CODE, list);
  const coverage = useApiGet<CoverageResponse>(
    queryKeys.publicData,
    reference ? publicCoveragePath(region, reference) : null,
  );
  const data = coverage.data ?? (coverage.loading ? coverage.latest : undefined);
  const level = regionLevel(region);
  const error = coverage.error ?? elections.error;
  const off = isDisabled(error);
  // Provinces Sigap does not serve have no residents at all; listing them as "0 recorded" would mislead.
  const rows = data?.children.filter((c) => c.figures.population > 0) ?? [];
  // The national level is titled by the provinces that actually hold data, never "Indonesia" for two of them.
  const title =
    data && region === NATIONAL_CODE && rows.length > 0
      ? rows.map((r) => r.name).join(t('public.and'))
      : data?.region.name;
  const zone = zoneOfRegion(region === NATIONAL_CODE ? (rows[0]?.code ?? region) : region);

  return (
    <div className="public-page">
      <header className="public-header">
        <div className="container public-bar">
          <span className="brand">
            <img src="/favicon.svg" alt="" width="32" height="32" />
            <span className="brand-name">{t('app.name')}</span>
          </span>
          <div className="header-actions">
            <LanguageSwitch className="button button-on-dark" />
            <Link to="/login" className="button button-on-dark">
              {t('public.login')}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="container main">
        <section className="page">
          <header className="page-header">
            <h1>{t('public.title')}</h1>
            <p className="muted">{t('public.intro')}</p>
            <p>
              <Link to="/booking">{t('booking.link')}</Link>
            </p>
          </header>
          {off ? <p className="alert alert-info">{t('public.disabled')}</p> : null}
          {error && isUnavailable(error) ? (
            <p className="alert alert-info">{t('public.unavailable')}</p>
          ) : null}
          {error && !off && !isUnavailable(error) ? (
            <ErrorAlert error={error} onRetry={coverage.reload} />
          ) : null}
          {!off && reference && list ? (
            <div className="toolbar">
              <ReferenceSelector elections={list} value={reference} onChange={setReference} today={today} />
            </div>
          ) : null}
          {!data && !error ? <Loading /> : null}
          {data && !off ? (
            <div className={coverage.loading ? 'stack is-refreshing' : 'stack'}>
              <div className="page-header-row">
                <h2 data-testid="public-region">
                  {title} · {formatDateLong(data.referenceDate, locale)}
                </h2>
                {region !== NATIONAL_CODE ? (
                  <button type="button" className="button" onClick={() => openRegion(parentOf(region))}>
                    <span aria-hidden="true">↑ </span>
                    {t('public.back')}
                  </button>
                ) : null}
              </div>
              {data.readAt ? (
                <p className="muted" data-testid="public-as-of">
                  {t('public.asOf', { when: formatAsOf(data.readAt, zone, locale) })}
                </p>
              ) : null}
              <CoverageTiles figures={data.region.figures} />
              {rows.length > 0 ? (
                <section className="stack-tight" aria-labelledby="public-drill">
                  <h2 id="public-drill">{t('cc.drill.title', { level: childLevelName(level, t) })}</h2>
                  <CoverageTable
                    caption={t('cc.drill.title', { level: childLevelName(level, t) })}
                    rows={rows}
                    onOpen={level === 'regency' ? undefined : openRegion}
                  />
                </section>
              ) : null}
              <p className="muted" data-testid="public-source">
                {t('public.source', { regions: title ?? '' })}
              </p>
            </div>
          ) : null}
        </section>
      </main>
    </div>
  );
}
