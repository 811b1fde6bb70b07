import type { RegencyReportRow, Report } from '@sigap/contracts';
import { TableWrap } from '../../components/TableWrap';
import { useT } from '../../lib/i18n';
import { ReportRowGroup } from './ReportRowGroup';
import { TABLE_COLUMNS as COLUMNS } from './report-fields';
import { orderForReview } from './report-order';

export interface ReportsTableProps {
  rows: RegencyReportRow[];
  timeZone: string;
  canReview: boolean;
  onReviewed: (report: Report) => void;
}

/**
 * Every regency of the province for one day, the rows needing action first. Each regency is its own
 * `<tbody>`: its figures, then a full-width line with the flags and the operator's note, so that the
 * figure columns stay narrow (the table fits 1366 px) and, under 860 px, each regency becomes one card
 * (reports.css) with approve / return still at hand on a phone.
 */
export function ReportsTable({ rows, timeZone, canReview, onReviewed }: ReportsTableProps) {
  const t = useT();
  return (
    <TableWrap label={t('reports.title')}>
      <table className="table-compact reports-table" data-testid="reports-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.col.regency')}</th>
            <th scope="col">{t('reports.col.status')}</th>
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
        {orderForReview(rows).map((row) => (
          <ReportRowGroup
            key={row.code}
            row={row}
            timeZone={timeZone}
            canReview={canReview}
            onReviewed={onReviewed}
          />
        ))}
      </table>
    </TableWrap>
  );
}
