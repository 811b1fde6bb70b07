import type { Prefill, Report } from '@sigap/contracts';
import { formatDateLong, officeToday } from '@sigap/domain';
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { isUnavailable } from '../../lib/unavailable';
import { useApiGet } from '../../lib/use-api-query';
import { ReportForm } from './ReportForm';
import { ReportMonthGrid } from './ReportMonthGrid';
import { ReportSummary } from './ReportSummary';
import { prefillPath } from './reports.api';

/** A regency's own report for today (its local day: WIB in Lampung, WITA in NTB). */
export function OperatorReportView({ regency }: { regency: string }) {
  const t = useT();
  const { locale } = useLocale();
  const date = officeToday(regency);
  const prefill = useApiGet<Prefill>(queryKeys.reports, prefillPath(regency, date));
  const [sent, setSent] = useState<Report>();
  const [editing, setEditing] = useState(false);
  const report = sent ?? prefill.data?.existing ?? undefined;
  const showForm = prefill.data && (!report || editing) && report?.status !== 'approved';

  return (
    <div className="stack">
      <p className="eyebrow">
        {t('reports.forDate', { date: formatDateLong(date, locale) })}
        {prefill.data ? ` · ${prefill.data.regencyName}` : ''}
      </p>
      {prefill.loading ? <Loading /> : null}
      {prefill.error && isUnavailable(prefill.error) ? (
        <p className="alert alert-info">{t('reports.unavailable')}</p>
      ) : null}
      {prefill.error && !isUnavailable(prefill.error) ? (
        <ErrorAlert error={prefill.error} onRetry={prefill.reload} />
      ) : null}
      {report ? <ReportSummary report={report} /> : null}
      {report && !editing && report.status !== 'approved' ? (
        <div>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('reports.edit')}
          </button>
        </div>
      ) : null}
      {showForm && prefill.data ? (
        <ReportForm
          key={report?.id ?? 'new'}
          prefill={{ ...prefill.data, existing: report ?? null }}
          onSubmitted={(next) => {
            setSent(next);
            setEditing(false);
          }}
        />
      ) : null}
      <ReportMonthGrid region={regency} />
    </div>
  );
}
