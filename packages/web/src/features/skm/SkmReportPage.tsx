import type { ServiceTimesReport, SkmReport } from '@sigap/contracts';
import { addDays, formatDateLong, formatNumber, officeToday, skmBandLabel } from '@sigap/domain';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { DownloadButton } from '../../components/DownloadButton';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { TableWrap } from '../../components/TableWrap';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { ScreensPanel } from './ScreensPanel';
import { ElementChart, TimesChart, TimesTable } from './SkmCharts';
import { skmExportPath, skmReportPath, skmTimesPath } from './skm.api';

/**
 * "Kepuasan & waktu layanan": the SKM index of the user's scope for a period (its band, each element,
 * each point), the workbook for the annual report, and how long residents waited and were served.
 */
export function SkmReportPage() {
  const t = useT();
  const { locale } = useLocale();
  const user = useCurrentUser();
  useDocumentTitle(t('skmReport.title'));
  const today = officeToday(user.regionCode);
  const [from, setFrom] = useState(addDays(today, -29));
  const [to, setTo] = useState(today);
  const period = { from, to };
  const report = useApiGet<SkmReport>(queryKeys.skm, skmReportPath(period));
  const times = useApiGet<ServiceTimesReport>(queryKeys.skm, skmTimesPath(period));
  const data = report.data ?? report.latest;
  const total = data?.total;
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('skmReport.title')}</h1>
        <p className="muted">{t('skmReport.intro')}</p>
      </header>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="skm-from">{t('skmReport.from')}</label>
          <DateField id="skm-from" value={from} max={to} onChange={setFrom} />
        </div>
        <div className="field">
          <label htmlFor="skm-to">{t('skmReport.to')}</label>
          <DateField id="skm-to" value={to} min={from} max={today} onChange={setTo} />
        </div>
        <DownloadButton
          path={skmExportPath(period)}
          fileName={`skm-${from}-${to}.xlsx`}
          label={t('skmReport.download')}
        />
      </div>
      {report.error ? <ErrorAlert error={report.error} onRetry={report.reload} /> : null}
      {!data && report.loading ? <Loading /> : null}
      {total ? (
        <div className="skm-summary panel" data-testid="skm-index">
          <p className="skm-index">
            <span className="skm-index-value">
              {total.index === null ? '–' : formatNumber(total.index, locale)}
            </span>
            {total.band ? (
              <span className={`skm-band skm-band-${total.band}`}>
                {total.band} · {skmBandLabel(total.band, locale)}
              </span>
            ) : null}
          </p>
          <p className="muted">
            {t('skmReport.count', {
              n: formatNumber(total.count, locale),
              from: formatDateLong(from, locale),
              to: formatDateLong(to, locale),
            })}
          </p>
        </div>
      ) : null}
      {data && data.points.length === 0 ? <EmptyState>{t('skmReport.none')}</EmptyState> : null}
      {total && total.count > 0 ? <ElementChart total={total} /> : null}
      {data && data.points.length > 0 ? (
        <TableWrap label={t('skmReport.perPoint')}>
          <table className="table-compact">
            <caption>{t('skmReport.perPoint')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('skmReport.point')}</th>
                <th scope="col" className="num">
                  {t('skmReport.answers')}
                </th>
                <th scope="col" className="num">
                  {t('skmReport.index')}
                </th>
                <th scope="col">{t('skmReport.band')}</th>
              </tr>
            </thead>
            <tbody>
              {data.points.map((p) => (
                <tr key={p.pointId}>
                  <th scope="row">{p.name}</th>
                  <td className="num">{formatNumber(p.count, locale)}</td>
                  <td className="num">{p.index === null ? '–' : formatNumber(p.index, locale)}</td>
                  <td>{p.band ? `${p.band} · ${skmBandLabel(p.band, locale)}` : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {times.error ? <ErrorAlert error={times.error} onRetry={times.reload} /> : null}
      {times.data ? (
        <>
          <TimesChart rows={times.data.byPoint} />
          {times.data.byCounter.length > 0 ? (
            <details className="panel">
              <summary>{t('skmReport.byCounter')}</summary>
              <TableWrap label={t('skmReport.byCounter')}>
                <TimesTable rows={times.data.byCounter} by="counter" />
              </TableWrap>
            </details>
          ) : null}
          {times.data.byService.length > 0 ? (
            <details className="panel">
              <summary>{t('skmReport.byService')}</summary>
              <TableWrap label={t('skmReport.byService')}>
                <TimesTable rows={times.data.byService} by="service" />
              </TableWrap>
            </details>
          ) : null}
        </>
      ) : null}
      <ScreensPanel />
    </section>
  );
}
