import type { QueueDay } from '@sigap/contracts';
import { formatDateLong, formatNumber } from '@sigap/domain';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { counterNumbers, PointChooser, usePointChoice } from './PointChooser';
import { queueDayPath } from './queue.api';
import { TicketTable } from './TicketTable';

/** How often the day's overview asks again: the display has its own push; this page is for officers. */
export const QUEUE_REFRESH_MS = 15_000;

/** "Antrean": a point's day — waiting per lane, who is at each counter, the walk-in quota, every ticket. */
export function QueueOverviewPage() {
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('queue.overview.title'));
  const choice = usePointChoice();
  const day = useApiGet<QueueDay>(queryKeys.queue, choice.pointId ? queueDayPath(choice.pointId) : null, {
    refetchInterval: QUEUE_REFRESH_MS,
  });
  const d = day.data;
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('queue.overview.title')}</h1>
        {d ? (
          <p className="muted">
            {t('queue.overview.intro', { point: d.pointName, date: formatDateLong(d.date, locale) })}
          </p>
        ) : null}
      </header>
      <PointChooser choice={choice} />
      {day.error ? <ErrorAlert error={day.error} onRetry={day.reload} /> : null}
      {day.loading && !d ? <Loading /> : null}
      {d ? (
        <>
          <h2>{t('queue.overview.waiting')}</h2>
          <ul className="queue-lanes">
            {(['booked', 'priority', 'walk_in'] as const).map((lane) => (
              <li key={lane} data-testid={`waiting-${lane}`}>
                <strong>{formatNumber(d.waiting[lane], locale)}</strong> {t(`queue.lane.${lane}`)}
              </li>
            ))}
          </ul>
          <p className="muted">
            {t('queue.overview.cap', {
              issued: formatNumber(d.walkInsIssued, locale),
              cap: formatNumber(d.rules.walkInDailyCap, locale),
            })}
          </p>
          <h2>{t('queue.overview.counters')}</h2>
          <ul className="queue-lanes">
            {counterNumbers(d.counters).map((n) => {
              const at = d.tickets.find(
                (x) => x.counterNo === n && (x.status === 'called' || x.status === 'serving'),
              );
              return (
                <li key={n}>
                  {t('queue.col.counter')} {n}:{' '}
                  <strong>
                    {at ? `${at.label} (${t(`queue.status.${at.status}`)})` : t('queue.overview.idle')}
                  </strong>
                </li>
              );
            })}
          </ul>
          <h2>{t('queue.overview.all')}</h2>
          <TicketTable tickets={d.tickets} caption={t('queue.overview.all')} />
        </>
      ) : null}
    </section>
  );
}
