import type { QueueTicket } from '@sigap/contracts';
import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n';

/** Tickets as a table (cards on a phone), with an optional actions cell per ticket. */
export function TicketTable({
  tickets,
  caption,
  actions,
}: {
  tickets: readonly QueueTicket[];
  caption: string;
  actions?: (t: QueueTicket) => ReactNode;
}) {
  const t = useT();
  return (
    <div className="table-wrap">
      <table className="table-compact table-cards">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.col.ticket')}</th>
            <th scope="col">{t('queue.col.lane')}</th>
            <th scope="col">{t('queue.col.service')}</th>
            <th scope="col">{t('queue.col.status')}</th>
            <th scope="col">{t('queue.col.counter')}</th>
            <th scope="col">{t('queue.col.name')}</th>
            {actions ? <th scope="col">{t('queue.col.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {tickets.map((x) => (
            <tr key={x.id}>
              <th scope="row" data-label={t('queue.col.ticket')}>
                {x.label}
              </th>
              <td data-label={t('queue.col.lane')}>
                {t(`queue.lane.${x.lane}`)}
                {x.priorityReason ? ` · ${t(`queue.reason.${x.priorityReason}`)}` : ''}
                {x.windowStart ? ` · ${x.windowStart}` : ''}
              </td>
              <td data-label={t('queue.col.service')}>{t(`servicePoints.service.${x.service}`)}</td>
              <td data-label={t('queue.col.status')}>
                {t(`queue.status.${x.status}`)}
                {x.outcome ? ` · ${t(`queue.outcome.${x.outcome}`)}` : ''}
              </td>
              <td data-label={t('queue.col.counter')}>{x.counterNo ?? '—'}</td>
              <td data-label={t('queue.col.name')}>{x.fullName ?? '—'}</td>
              {actions ? <td data-label={t('queue.col.actions')}>{actions(x)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
