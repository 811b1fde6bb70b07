import type { ElectionList } from '@sigap/contracts';
import {
  daysBetween,
  formatDateLong,
  formatNumber,
  NATIONAL_CODE,
  regionLevel,
  roleMay,
} from '@sigap/domain';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys, staleTimes } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { OutreachCard } from '../outreach/OutreachCard';
import { RegionBreadcrumb } from '../regions/RegionBreadcrumb';
import { useRegionDetail } from '../regions/region-queries';
import { BurialFiguresCard } from './BurialFiguresCard';
import { CoverageMap } from './CoverageMap';
import { CoverageTable } from './CoverageTable';
import { CoverageTiles } from './CoverageTiles';
import { nextRealElection } from './coverage.api';
import { DashboardCharts } from './DashboardCharts';
import { DashboardExports } from './DashboardExports';
import { FiguresBasisNote } from './FiguresBasisNote';
import { childLevelName } from './level-names';
import { ReferenceSelector } from './ReferenceSelector';
import { SuketFigures } from './SuketFigures';
import { useDashboardData } from './use-dashboard-data';
import { useDashboardParams } from './use-dashboard-params';

/**
 * Province command center: where recording stands, region by region. It opens on today (the headline), with
 * the next real election on the second line; an election or a date can be chosen instead.
 */
export function DashboardPage() {
  const user = useCurrentUser();
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('cc.title'));
  const elections = useApiGet<ElectionList>(queryKeys.elections, '/v1/elections', {
    staleTime: staleTimes.elections,
  });
  const electionList = elections.data?.items ?? (elections.error ? [] : undefined);
  const { region, reference, referenceDate, today, openRegion, setReference } = useDashboardParams(
    user.regionCode,
    electionList,
  );
  const { coverage, trend, forecast } = useDashboardData(region, reference, referenceDate);
  const next = electionList ? nextRealElection(electionList, today) : undefined;
  const detail = useRegionDetail(region);
  const shownDetail = detail.data ?? detail.latest;
  const trail = shownDetail
    ? [...shownDetail.ancestors, shownDetail.region].filter((r) => r.code !== NATIONAL_CODE)
    : [];
  const data = coverage.data ?? (coverage.loading ? coverage.latest : undefined);
  const level = regionLevel(region);
  const childLevel = childLevelName(level, t);

  return (
    <section className="page dashboard">
      <header className="page-header page-header-row">
        <div>
          <h1>{t('cc.title')}</h1>
          {data ? (
            <p className="muted" data-testid="dashboard-subtitle">
              {t('cc.subtitle', {
                region: data.region.name,
                date: formatDateLong(data.referenceDate, locale),
              })}
              {data.election ? ` · ${data.election.name}` : ''}
              {data.election?.demo ? (
                <>
                  {' '}
                  <span className="badge badge-warn">{t('cc.demo')}</span>
                </>
              ) : null}
            </p>
          ) : null}
          {next && !(data?.election && data.election.id === next.id) ? (
            <p className="muted" data-testid="dashboard-next-election">
              {t('cc.nextElection', {
                name: next.name,
                date: formatDateLong(next.votingDate, locale),
                days: formatNumber(daysBetween(today, next.votingDate), locale),
              })}
            </p>
          ) : null}
          {data?.election?.demo ? <p className="alert alert-warning">{t('cc.demoNote')}</p> : null}
          {data ? <FiguresBasisNote coverage={data} today={today} /> : null}
        </div>
        {reference ? (
          <DashboardExports region={region} reference={reference} demo={data?.election?.demo === true} />
        ) : null}
      </header>
      <div className="toolbar dashboard-toolbar">
        {reference && electionList ? (
          <ReferenceSelector
            elections={electionList}
            value={reference}
            onChange={setReference}
            today={today}
          />
        ) : null}
      </div>
      {trail.length > 0 ? (
        <RegionBreadcrumb trail={trail} scopeCode={user.regionCode} onSelect={openRegion} />
      ) : null}
      {coverage.error ? <ErrorAlert error={coverage.error} onRetry={coverage.reload} /> : null}
      {!data && !coverage.error ? <Loading /> : null}
      {data ? (
        <div
          className={coverage.loading ? 'stack is-refreshing' : 'stack'}
          aria-busy={coverage.loading || undefined}
        >
          <CoverageTiles figures={data.region.figures} />
          {roleMay(user.role, 'outreach.read') ? <OutreachCard region={region} /> : null}
          <SuketFigures region={data.region} rows={data.children} />
          <CoverageMap region={region} rows={data.children} childLevel={childLevel} onOpen={openRegion} />
          <DashboardCharts
            coverage={data}
            trend={trend}
            forecast={forecast}
            referenceDate={referenceDate ?? data.referenceDate}
            childLevel={childLevel}
          >
            <section className="stack-tight" aria-labelledby="drill-title">
              <h2 id="drill-title">{t('cc.drill.title', { level: childLevel })}</h2>
              {data.children.length > 0 ? (
                <>
                  <p className="muted">{t(level === 'district' ? 'cc.drill.hintLast' : 'cc.drill.hint')}</p>
                  <CoverageTable
                    caption={t('cc.drill.title', { level: childLevel })}
                    rows={data.children}
                    onOpen={level === 'district' ? undefined : openRegion}
                    fieldListDate={roleMay(user.role, 'resident.field_list') ? data.referenceDate : undefined}
                  />
                </>
              ) : (
                <p className="empty">{t('cc.drill.none')}</p>
              )}
            </section>
          </DashboardCharts>
          {roleMay(user.role, 'burial.read') ? <BurialFiguresCard region={region} /> : null}
        </div>
      ) : null}
    </section>
  );
}
