import type { CapacityReply, ServicePoint, ServicePointList } from '@sigap/contracts';
import { addDays, formatDateLong, formatNumber, officeToday, SERVICE_KINDS } from '@sigap/domain';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { SessionSuggestionCard } from './SessionSuggestionCard';
import { SERVICE_POINTS_PATH, weekCapacityPath } from './service-points.api';

/**
 * "Layanan": the service points of the user's scope and what each offers over the coming seven days, per
 * service (slots of the regular hours minus closures, plus extra sessions: @sigap/domain service-capacity).
 */
export function ServicePointsPage() {
  const t = useT();
  const { locale } = useLocale();
  const user = useCurrentUser();
  useDocumentTitle(t('servicePoints.title'));
  const from = officeToday(user.regionCode);
  const to = addDays(from, 6);
  const result = useApiGet<ServicePointList>(queryKeys.servicePoints, SERVICE_POINTS_PATH);
  const items = result.data?.items;

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('servicePoints.title')}</h1>
        <p className="muted">
          {t('servicePoints.intro', { from: formatDateLong(from, locale), to: formatDateLong(to, locale) })}
        </p>
      </header>
      {result.error ? <ErrorAlert error={result.error} onRetry={result.reload} /> : null}
      <SessionSuggestionCard region={user.regionCode} />
      {result.loading && !items ? <Loading /> : null}
      {items && items.length === 0 ? <EmptyState>{t('servicePoints.empty')}</EmptyState> : null}
      {items && items.length > 0 ? (
        <div className="table-wrap">
          <table className="table-compact table-cards">
            <caption className="visually-hidden">{t('servicePoints.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('servicePoints.col.name')}</th>
                <th scope="col">{t('servicePoints.col.kind')}</th>
                <th scope="col">{t('servicePoints.col.counters')}</th>
                {SERVICE_KINDS.map((k) => (
                  <th key={k} scope="col" className="num">
                    {t(`servicePoints.service.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <PointRow key={p.id} point={p} from={from} to={to} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {items ? (
        <p className="muted">{t('servicePoints.note', { n: formatNumber(items.length, locale) })}</p>
      ) : null}
    </section>
  );
}

function PointRow({ point, from, to }: { point: ServicePoint; from: string; to: string }) {
  const t = useT();
  const { locale } = useLocale();
  const cap = useApiGet<CapacityReply>(queryKeys.servicePoints, weekCapacityPath(point.id, from, to));
  return (
    <tr>
      <th scope="row" data-label={t('servicePoints.col.name')}>
        {point.name}
        <br />
        <span className="muted">{point.address}</span>
      </th>
      <td data-label={t('servicePoints.col.kind')}>{t(`servicePoints.kind.${point.kind}`)}</td>
      <td data-label={t('servicePoints.col.counters')}>{formatNumber(point.counters, locale)}</td>
      {SERVICE_KINDS.map((k) => {
        const offered = point.services[k] !== undefined;
        const value = cap.data?.total[k];
        return (
          <td key={k} className="num" data-label={t(`servicePoints.service.${k}`)}>
            {!offered ? '—' : value === undefined ? '…' : formatNumber(value, locale)}
          </td>
        );
      })}
    </tr>
  );
}
