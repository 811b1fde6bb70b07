import type { QueueDay } from '@sigap/contracts';
import { useState } from 'react';
import { EmptyState, ErrorAlert, Loading, SuccessNote } from '../../components/Status';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiQuery } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { CurrentTicket } from './CurrentTicket';
import { PointChooser, usePointChoice } from './PointChooser';
import { QUEUE_REFRESH_MS } from './QueueOverviewPage';
import { callNext, callTicket, queueDayPath, ticketAction } from './queue.api';
import { SkmLink } from './SkmLink';
import { TicketTable } from './TicketTable';

/**
 * "Loket": a clerk's counter. Call next (the server picks by booked window, the priority ratio and issue
 * order), or a specific waiting ticket; work the ticket at this counter; re-queue a no-show. After an
 * outcome the resident's one-time SKM link is shown as text and QR.
 */
export function CounterPage() {
  const t = useT();
  useDocumentTitle(t('queue.counter.title'));
  const choice = usePointChoice();
  const { pointId, counterNo } = choice;
  const day = useApiQuery<QueueDay>(
    pointId ? [...queryKeys.queue, queueDayPath(pointId)] : null,
    (signal) => api.get(queueDayPath(pointId ?? 0), signal),
    {
      refetchInterval: QUEUE_REFRESH_MS,
    },
  );
  const next = useApiMutation(callNext, [queryKeys.queue]);
  const call = useApiMutation(callTicket, [queryKeys.queue]);
  const requeue = useApiMutation(ticketAction, [queryKeys.queue]);
  const [nothing, setNothing] = useState(false);
  const [finished, setFinished] = useState<{ label: string; outcome: string; skmPath: string }>();
  const d = day.data;
  const mine = d?.tickets.find(
    (x) => x.counterNo === counterNo && (x.status === 'called' || x.status === 'serving'),
  );
  const waiting = d?.tickets.filter((x) => x.status === 'waiting') ?? [];
  const noShows = d?.tickets.filter((x) => x.status === 'no_show') ?? [];
  const point = choice.points?.find((p) => p.id === pointId);
  const quiet = () => undefined;
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('queue.counter.title')}</h1>
      </header>
      <PointChooser choice={choice} withCounter />
      {day.error ? <ErrorAlert error={day.error} onRetry={day.reload} /> : null}
      {day.loading && !d ? <Loading /> : null}
      {pointId && d ? (
        <>
          {(next.error ?? call.error ?? requeue.error) ? (
            <ErrorAlert error={next.error ?? call.error ?? requeue.error} />
          ) : null}
          <button
            type="button"
            className="button button-primary button-block"
            disabled={next.pending}
            onClick={() => {
              setFinished(undefined);
              next.run({ pointId, body: { counterNo } }).then((r) => setNothing(r.ticket === null), quiet);
            }}
          >
            {t('queue.counter.callNext')}
          </button>
          {nothing ? <p className="muted">{t('queue.counter.nothing')}</p> : null}
          {finished ? (
            <>
              <SuccessNote>
                {t('queue.outcome.done', {
                  label: finished.label,
                  outcome: t(`queue.outcome.${finished.outcome}` as 'queue.outcome.recorded'),
                })}
              </SuccessNote>
              <SkmLink path={finished.skmPath} />
            </>
          ) : null}
          <h2>{t('queue.counter.current', { counter: counterNo })}</h2>
          {mine ? (
            <CurrentTicket
              ticket={mine}
              counters={d.counters}
              services={Object.keys(point?.services ?? {})}
              onFinished={(label, outcome, skmPath) => setFinished({ label, outcome, skmPath })}
            />
          ) : (
            <EmptyState>{t('queue.counter.none')}</EmptyState>
          )}
          <h2>{t('queue.counter.waitingList')}</h2>
          <TicketTable
            tickets={waiting}
            caption={t('queue.counter.waitingList')}
            actions={(x) => (
              <button
                type="button"
                className="button button-small"
                onClick={() => call.run({ id: x.id, counterNo }).catch(quiet)}
              >
                {t('queue.counter.call')} {x.label}
              </button>
            )}
          />
          {noShows.length > 0 ? (
            <>
              <h2>{t('queue.counter.noShows')}</h2>
              <TicketTable
                tickets={noShows}
                caption={t('queue.counter.noShows')}
                actions={(x) => (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => requeue.run({ id: x.id, action: 'requeue' }).catch(quiet)}
                  >
                    {t('queue.counter.requeue')} {x.label}
                  </button>
                )}
              />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
