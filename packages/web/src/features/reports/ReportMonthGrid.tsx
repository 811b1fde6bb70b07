import type { ReportMonth } from '@sigap/contracts';
import { formatDateShort, formatNumber, formatPercent, officeToday } from '@sigap/domain';
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Status';
import { TableWrap } from '../../components/TableWrap';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { isUnavailable } from '../../lib/unavailable';
import { useApiGet } from '../../lib/use-api-query';
import { CELL_LEGEND, monthLabel, recentMonths } from './month-grid';
import { monthPath } from './reports.api';

/**
 * A month of daily reports, regency × day (DHIS2's reporting-rate summary): each cell on time, late,
 * missing, returned or not yet due, as a coloured cell with a mark and a spoken label (never colour alone),
 * and each regency's share of days on time. The province sees every regency; an operator its own row.
 */
export function ReportMonthGrid({ region }: { region: string }) {
  const t = useT();
  const { locale } = useLocale();
  const months = recentMonths(officeToday(region));
  const [month, setMonth] = useState(months[0] ?? '');
  const grid = useApiGet<ReportMonth>(queryKeys.reports, monthPath(region, month));
  const rate = (r: number | null) => (r === null ? '–' : formatPercent(r, locale, 0));
  const data = grid.data;
  const label = Object.fromEntries(CELL_LEGEND.map((l) => [l.state, l]));

  return (
    <section className="panel stack-tight" aria-labelledby="report-month-title" data-testid="report-month">
      <div className="panel-header">
        <h2 id="report-month-title">{t('reports.month.title')}</h2>
        <div className="field field-inline">
          <label htmlFor="report-month-pick">{t('reports.month.pick')}</label>
          <select id="report-month-pick" value={month} onChange={(e) => setMonth(e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>
                {monthLabel(m, locale)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ul className="month-legend" aria-label={t('reports.month.legend')}>
        {CELL_LEGEND.map((l) => (
          <li key={l.state}>
            <span className={`month-cell month-${l.state}`} aria-hidden="true">
              {t(l.mark)}
            </span>
            {t(l.label)}
          </li>
        ))}
      </ul>
      {grid.loading && !data ? <Loading /> : null}
      {grid.error && !isUnavailable(grid.error) ? (
        <ErrorAlert error={grid.error} onRetry={grid.reload} />
      ) : null}
      {data ? (
        <>
          {data.rows.length > 1 ? (
            <p className="muted" role="status">
              {t('reports.month.total', {
                rate: rate(data.totals.onTimeRate),
                onTime: formatNumber(data.totals.onTime, locale),
                expected: formatNumber(data.totals.expected, locale),
                reporting: rate(data.totals.reportingRate),
              })}
            </p>
          ) : null}
          <TableWrap label={t('reports.month.title')}>
            <table className="month-grid" data-testid="report-month-grid">
              <thead>
                <tr>
                  <th scope="col">{t('reports.col.regency')}</th>
                  {data.days.map((d) => (
                    <th key={d} scope="col" className="month-day" title={formatDateShort(d, locale)}>
                      {Number(d.slice(8))}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('reports.month.onTimeRate')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.code} data-code={row.code}>
                    <th scope="row" className="month-name">
                      {row.name}
                    </th>
                    {row.cells.map((state, i) => {
                      const day = data.days[i] ?? '';
                      const text = `${formatDateShort(day, locale)}: ${t(label[state]?.label ?? 'reports.cell.not_due')}`;
                      return (
                        <td key={day} className={`month-cell month-${state}`} title={text} data-state={state}>
                          <span aria-hidden="true">
                            {t(label[state]?.mark ?? 'reports.cell.short.not_due')}
                          </span>
                          <span className="visually-hidden">{text}</span>
                        </td>
                      );
                    })}
                    <td className="num nowrap">
                      <strong>{rate(row.onTimeRate)}</strong>
                      <span className="month-count">
                        {t('reports.month.summary', {
                          onTime: formatNumber(row.onTime, locale),
                          expected: formatNumber(row.expected, locale),
                        })}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      ) : null}
    </section>
  );
}
