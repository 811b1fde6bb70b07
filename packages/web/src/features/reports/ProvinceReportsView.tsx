import type { ReportList } from '@sigap/contracts';
import { formatDateLong, officeToday, roleMay } from '@sigap/domain';
import { useSearchParams } from 'react-router';
import { DateField } from '../../components/DateField';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { isUnavailable } from '../../lib/unavailable';
import { useApiGet } from '../../lib/use-api-query';
import { useCurrentUser } from '../auth/AuthProvider';
import { ProvinceSelect } from './ProvinceSelect';
import { RateTiles } from './RateTiles';
import { ReportMonthGrid } from './ReportMonthGrid';
import { ReportsTable } from './ReportsTable';
import { exportReportsPath, listPath } from './reports.api';

/** The province's view of one day: who reported, on time or not, with what figures; review each report. */
export function ProvinceReportsView() {
  const user = useCurrentUser();
  const t = useT();
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const national = user.regionCode === 'ID';
  const region = national ? (params.get('wilayah') ?? '') : user.regionCode;
  const today = officeToday(region || user.regionCode); // before a national user picks a province: WIB
  const requested = params.get('tanggal');
  const date = requested && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : today;
  const list = useApiGet<ReportList>(queryKeys.reports, region ? listPath(region, date) : null);
  const shown = list.data ?? (list.loading ? list.latest : undefined);
  const update = (next: Record<string, string>) => {
    const query = Object.fromEntries([...params.entries(), ...Object.entries(next)].filter(([, v]) => v));
    if (query.tanggal === today) delete query.tanggal;
    setParams(query, { replace: true });
  };

  return (
    <div className="stack">
      <div className="toolbar">
        {national ? <ProvinceSelect value={region} onChange={(code) => update({ wilayah: code })} /> : null}
        <div className="field">
          <label htmlFor="reports-date">{t('reports.date')}</label>
          <DateField
            id="reports-date"
            value={date}
            max={today}
            onChange={(iso) => update({ tanggal: iso })}
          />
        </div>
        {region ? (
          <DownloadButton
            path={exportReportsPath(region, date)}
            fileName={`laporan-harian-${region}-${date}.xlsx`}
            label={t('cc.export.xlsx')}
          />
        ) : null}
      </div>
      {list.loading && !shown ? <Loading /> : null}
      {list.error && isUnavailable(list.error) ? (
        <p className="alert alert-info">{t('reports.unavailable')}</p>
      ) : null}
      {list.error && !isUnavailable(list.error) ? (
        <ErrorAlert error={list.error} onRetry={list.reload} />
      ) : null}
      {shown ? (
        <div className={list.loading ? 'stack is-refreshing' : 'stack'} aria-busy={list.loading || undefined}>
          <h2>
            {t('reports.listTitle', { region: shown.region.name, date: formatDateLong(shown.date, locale) })}
          </h2>
          <RateTiles list={shown} />
          {shown.missing.length > 0 ? (
            <p className="alert alert-warning">
              {t('reports.missingList', {
                names: shown.regencies
                  .filter((r) => !r.report)
                  .map((r) => r.name)
                  .join(', '),
              })}
            </p>
          ) : null}
          <ReportsTable
            rows={shown.regencies}
            timeZone={shown.timeZone}
            canReview={roleMay(user.role, 'report.review')}
            onReviewed={list.reload}
          />
        </div>
      ) : null}
      {region ? <ReportMonthGrid key={region} region={region} /> : null}
    </div>
  );
}
