import type { OfficeBookingsReply, ServicePointList } from '@sigap/contracts';
import { officeToday, roleMay, type ServiceKind } from '@sigap/domain';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { SERVICE_POINTS_PATH } from '../service-points/service-points.api';
import { dayBookingsPath } from './bookings.api';
import { InvitationPanel } from './InvitationPanel';
import './bookings.css';

/** The office's bookings of a point for a day (NIK and phone masked), and invitations from the registry. */
export function OfficeBookingsPage() {
  const t = useT();
  const user = useCurrentUser();
  useDocumentTitle(t('bookings.office.title'));
  const today = officeToday(user.regionCode);
  const points = useApiGet<ServicePointList>(queryKeys.servicePoints, SERVICE_POINTS_PATH);
  const [chosen, setChosen] = useState<number | null>(null);
  const [date, setDate] = useState(today);
  const pointId = chosen ?? points.data?.items[0]?.id ?? null;
  const point = points.data?.items.find((p) => p.id === pointId);
  const day = useApiGet<OfficeBookingsReply>(
    queryKeys.bookings,
    pointId ? dayBookingsPath(pointId, date) : null,
  );
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('bookings.office.title')}</h1>
      </header>
      {points.error ? <ErrorAlert error={points.error} onRetry={points.reload} /> : null}
      <div className="toolbar">
        <div className="field">
          <label htmlFor="office-point">{t('bookings.office.point')}</label>
          <select id="office-point" value={pointId ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
            {points.data?.items.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="office-date">{t('bookings.office.date')}</label>
          <DateField id="office-date" value={date} onChange={setDate} />
        </div>
      </div>
      {day.error ? <ErrorAlert error={day.error} onRetry={day.reload} /> : null}
      {pointId && !day.data && !day.error ? <Loading /> : null}
      {day.data && day.data.items.length === 0 ? <EmptyState>{t('bookings.office.empty')}</EmptyState> : null}
      {day.data && day.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table-compact table-cards">
            <caption className="visually-hidden">{t('bookings.office.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bookings.office.col.time')}</th>
                <th scope="col">{t('bookings.office.col.queue')}</th>
                <th scope="col">{t('bookings.office.col.name')}</th>
                <th scope="col">{t('bookings.office.col.nik')}</th>
                <th scope="col">{t('bookings.office.col.phone')}</th>
                <th scope="col">{t('bookings.office.col.status')}</th>
                <th scope="col">{t('bookings.office.col.origin')}</th>
              </tr>
            </thead>
            <tbody>
              {day.data.items.map((b) => (
                <tr key={b.id}>
                  <td data-label={t('bookings.office.col.time')}>
                    {b.start}–{b.end}
                  </td>
                  <td data-label={t('bookings.office.col.queue')}>{b.queueLabel ?? '—'}</td>
                  <th scope="row" data-label={t('bookings.office.col.name')}>
                    {b.fullName}
                  </th>
                  <td data-label={t('bookings.office.col.nik')}>{b.nikMasked}</td>
                  <td data-label={t('bookings.office.col.phone')}>{b.phoneMasked ?? '—'}</td>
                  <td data-label={t('bookings.office.col.status')}>{t(`booking.status.${b.status}`)}</td>
                  <td data-label={t('bookings.office.col.origin')}>{t(`bookings.origin.${b.origin}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {point && roleMay(user.role, 'booking.invite') ? (
        <InvitationPanel
          key={point.id}
          pointId={point.id}
          today={today}
          services={Object.keys(point.services) as ServiceKind[]}
        />
      ) : null}
    </section>
  );
}
