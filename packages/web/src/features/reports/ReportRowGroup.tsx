import type { RegencyReportRow, Report } from '@sigap/contracts';
import { formatNumber, formatPercent } from '@sigap/domain';
import { useLocale, useT } from '../../lib/i18n';
import { FlagNotes } from './FlagNotes';
import type { ReportsTableProps } from './ReportsTable';
import { ReviewActions } from './ReviewActions';
import { TABLE_COLUMNS as COLUMNS, STATUS_LABEL } from './report-fields';
import { needsReview } from './report-order';

/** One regency of the province's table: its figures, then its flags and the operator's note. */
export function ReportRowGroup({
  row,
  timeZone,
  canReview,
  onReviewed,
}: Omit<ReportsTableProps, 'rows'> & { row: RegencyReportRow }) {
  const t = useT();
  const { locale } = useLocale();
  const { code, name, report, onTime } = row;
  const time = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    }).format(new Date(iso));
  const number = (v: unknown) => (typeof v === 'number' ? formatNumber(v, locale) : '–');
  const span = COLUMNS.length + 3;
  const marked = (r: Report, field: string) => r.flags.find((f) => f.field === field);

  return (
    <tbody
      className={`report-group${report ? '' : ' row-missing'}${needsReview(row) ? ' row-action' : ''}`}
      data-regency={code}
    >
      <tr data-code={code}>
        <th scope="row" data-label={t('reports.col.regency')}>
          {name}
          <span className="code cc-row-code">{code}</span>
          {report ? (
            <span className="report-sent">
              {time(report.submittedAt)}{' '}
              <span className={`badge ${onTime ? 'badge-ok' : 'badge-warn'}`}>
                {t(onTime ? 'reports.onTime' : 'reports.late')}
              </span>
            </span>
          ) : null}
        </th>
        {report ? (
          <>
            <td data-label={t('reports.col.status')}>
              <span className={`badge ${STATUS_LABEL[report.status].badge}`}>
                {t(STATUS_LABEL[report.status].label)}
              </span>
              {canReview && needsReview(row) ? (
                <span className="visually-hidden"> · {t('reports.needsAction')}</span>
              ) : null}
              {report.reviewComment ? <p className="review-comment">{report.reviewComment}</p> : null}
              {canReview ? <ReviewActions report={report} onDone={onReviewed} /> : null}
            </td>
            {COLUMNS.map((c) => {
              const flag = marked(report, c.field);
              return (
                <td key={c.field} className="num" data-label={t(c.label)}>
                  {number(report[c.field])}
                  {flag ? (
                    <span className={`flag-mark flag-${flag.severity}`} title={t('reports.flag.seeBelow')}>
                      <span aria-hidden="true">!</span>
                      <span className="visually-hidden">
                        {t(flag.severity === 'error' ? 'reports.flag.error' : 'reports.flag.warning')}
                      </span>
                    </span>
                  ) : null}
                </td>
              );
            })}
            <td className="num" data-label={t('reports.col.percent')}>
              {report.computed.percentRecorded === null
                ? '–'
                : formatPercent(report.computed.percentRecorded, locale)}
            </td>
          </>
        ) : (
          <td colSpan={span - 1}>
            <span className="badge badge-bad">{t('reports.notReported')}</span>
          </td>
        )}
      </tr>
      {report && (report.flags.length > 0 || report.notes) ? (
        <tr className="report-detail">
          <td colSpan={span}>
            <FlagNotes flags={report.flags} compact />
            {report.notes ? (
              <p className="operator-note" data-testid="operator-note">
                <strong>{t('reports.col.notes')}:</strong> {report.notes}
              </p>
            ) : null}
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}
