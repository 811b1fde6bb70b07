import type { RegencyReportRow, Report } from '@sigap/contracts';
import { formatNumber, formatPercent } from '@sigap/domain';
import { TableWrap } from '../../components/TableWrap';
import { type MessageKey, useLocale, useT } from '../../lib/i18n';
import { FlagNotes, flagsOf } from './FlagNotes';
import { ReviewActions } from './ReviewActions';
import { STATUS_LABEL } from './report-fields';

const COLUMNS: { field: keyof Report & string; label: MessageKey }[] = [
  { field: 'recordedToday', label: 'reports.f.recordedToday' },
  { field: 'cumulativeRecorded', label: 'reports.f.cumulativeRecorded' },
  { field: 'mustHoldId', label: 'reports.f.mustHoldId' },
  { field: 'printReadyWaiting', label: 'reports.f.printReadyWaiting' },
  { field: 'printed', label: 'reports.f.printed' },
  { field: 'blankoStock', label: 'reports.f.blankoStock' },
  { field: 'suketIssued', label: 'reports.f.suketIssued' },
];
const SHOWN = new Set<string>(COLUMNS.map((c) => c.field));

interface ReportsTableProps {
  rows: RegencyReportRow[];
  timeZone: string;
  canReview: boolean;
  onReviewed: (report: Report) => void;
}

/** Every regency of the province for one day; the ones that have not reported stand out. */
export function ReportsTable({ rows, timeZone, canReview, onReviewed }: ReportsTableProps) {
  const t = useT();
  const { locale } = useLocale();
  const time = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    }).format(new Date(iso));
  const number = (v: unknown) => (typeof v === 'number' ? formatNumber(v, locale) : '–');

  return (
    <TableWrap label={t('reports.title')}>
      <table className="table-compact reports-table" data-testid="reports-table">
        <thead>
          <tr>
            <th scope="col">{t('region.level.regency')}</th>
            <th scope="col">{t('reports.col.sent')}</th>
            <th scope="col">{t('reports.col.status')}</th>
            {canReview ? <th scope="col">{t('reports.col.actions')}</th> : null}
            {COLUMNS.map((c) => (
              <th key={c.field} scope="col" className="num">
                {t(c.label)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('reports.col.percent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ code, name, report, onTime }) => (
            <tr key={code} className={report ? undefined : 'row-missing'} data-code={code}>
              <th scope="row">
                {name}
                <span className="code cc-row-code">{code}</span>
              </th>
              {report ? (
                <>
                  <td className="nowrap">
                    {time(report.submittedAt)}{' '}
                    <span className={`badge ${onTime ? 'badge-ok' : 'badge-warn'}`}>
                      {t(onTime ? 'reports.onTime' : 'reports.late')}
                    </span>
                  </td>
                  <td>
                    <span className={`badge ${STATUS_LABEL[report.status].badge}`}>
                      {t(STATUS_LABEL[report.status].label)}
                    </span>
                    {report.reviewComment ? <p className="review-comment">{report.reviewComment}</p> : null}
                  </td>
                  {canReview ? (
                    <td>
                      <ReviewActions report={report} onDone={onReviewed} />
                    </td>
                  ) : null}
                  {COLUMNS.map((c) => (
                    <td key={c.field} className="num">
                      {number(report[c.field])}
                      <FlagNotes flags={flagsOf(report.flags, c.field)} compact />
                    </td>
                  ))}
                  <td className="num">
                    {report.computed.percentRecorded === null
                      ? '–'
                      : formatPercent(report.computed.percentRecorded, locale)}
                    <FlagNotes flags={report.flags.filter((f) => !SHOWN.has(f.field))} compact />
                  </td>
                </>
              ) : (
                <td colSpan={COLUMNS.length + 3 + (canReview ? 1 : 0)}>
                  <span className="badge badge-bad">{t('reports.notReported')}</span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
