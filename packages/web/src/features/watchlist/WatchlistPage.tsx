import type { ElectionList, WatchlistResponse } from '@sigap/contracts';
import { formatDateLong, formatNumber } from '@sigap/domain';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys, staleTimes } from '../../lib/query-keys';
import { isUnavailable } from '../../lib/unavailable';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { ReferenceSelector } from '../dashboard/ReferenceSelector';
import { useDashboardParams } from '../dashboard/use-dashboard-params';
import { WatchlistTable } from './WatchlistTable';
import { watchlistPath } from './watchlist.api';

/** Desk Pilkada: the regions to chase this week, for the chosen election. */
export function WatchlistPage() {
  const user = useCurrentUser();
  const t = useT();
  const { locale } = useLocale();
  const elections = useApiGet<ElectionList>(queryKeys.elections, '/v1/elections', {
    staleTime: staleTimes.elections,
  });
  const electionList = elections.data?.items ?? (elections.error ? [] : undefined);
  const { region, reference, today, setReference } = useDashboardParams(
    user.regionCode,
    electionList,
    'election',
  );
  // Titled by what it is measured against: the election's name ("Pilkada Serentak 2029"), or the date.
  const election =
    reference?.kind === 'election' ? electionList?.find((e) => e.id === reference.id) : undefined;
  const title = election
    ? t('watch.titleFor', { reference: election.name })
    : reference?.kind === 'date'
      ? t('watch.titleFor', {
          reference: t('watch.referenceDate', { date: formatDateLong(reference.date, locale) }),
        })
      : t('watch.title');
  useDocumentTitle(title);
  const list = useApiGet<WatchlistResponse>(
    queryKeys.watchlist,
    reference ? watchlistPath(region, reference) : null,
  );

  return (
    <section className="page">
      <header className="page-header">
        <p className="eyebrow">{t('watch.title')}</p>
        <h1 data-testid="watchlist-title">{title}</h1>
        <p className="muted">{t('watch.intro')}</p>
      </header>
      <div className="toolbar">
        {reference && electionList ? (
          <ReferenceSelector
            elections={electionList}
            value={reference}
            onChange={setReference}
            today={today}
          />
        ) : null}
      </div>
      {list.loading ? <Loading /> : null}
      {list.error && isUnavailable(list.error) ? (
        <p className="alert alert-info">{t('watch.unavailable')}</p>
      ) : null}
      {list.error && !isUnavailable(list.error) ? (
        <ErrorAlert error={list.error} onRetry={list.reload} />
      ) : null}
      {list.data ? (
        <div className="stack-tight">
          <p className="muted" role="status">
            {t('watch.count', {
              count: formatNumber(list.data.items.length, locale),
              date: formatDateLong(list.data.referenceDate, locale),
            })}
          </p>
          {list.data.items.length === 0 ? (
            <EmptyState>{t('watch.empty')}</EmptyState>
          ) : (
            <WatchlistTable items={list.data.items} />
          )}
        </div>
      ) : null}
    </section>
  );
}
