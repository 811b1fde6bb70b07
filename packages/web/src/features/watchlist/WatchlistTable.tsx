import type { WatchItem } from '@sigap/contracts';
import { formatDateShort, formatNumber, formatPercent } from '@sigap/domain';
import { ReasonBadges } from '../../components/ReasonBadges';
import { TableWrap } from '../../components/TableWrap';
import { useLocale, useT } from '../../lib/i18n';
import { forecastStatus } from '../dashboard/forecast-labels';

/** Lagging regions, largest gap first, each with the reasons it is on the list. */
export function WatchlistTable({ items }: { items: WatchItem[] }) {
  const t = useT();
  const { locale } = useLocale();
  const sorted = [...items].sort((a, b) => b.gap - a.gap);
  return (
    <TableWrap label={t('watch.title')}>
      <table className="table-compact" data-testid="watchlist-table">
        <thead>
          <tr>
            <th scope="col">{t('cc.col.region')}</th>
            <th scope="col" className="num" aria-sort="descending">
              {t('watch.col.gap')}
            </th>
            <th scope="col" className="num">
              {t('cc.col.percent')}
            </th>
            <th scope="col">{t('watch.col.projected')}</th>
            <th scope="col">{t('watch.col.status')}</th>
            <th scope="col">{t('watch.col.reasons')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((item) => {
            const status = forecastStatus(item.status);
            return (
              <tr key={item.code}>
                <th scope="row">
                  {item.name}
                  <span className="code cc-row-code">{item.code}</span>
                </th>
                <td className="num">{formatNumber(item.gap, locale)}</td>
                <td className="num">
                  {item.percentRecorded === null ? '–' : formatPercent(item.percentRecorded, locale)}
                </td>
                <td className="nowrap">
                  {item.projectedDate ? formatDateShort(item.projectedDate, locale) : '–'}
                </td>
                <td>
                  <span className={`badge ${status.badge}`}>
                    {status.label ? t(status.label) : item.status}
                  </span>
                </td>
                <td>
                  <ReasonBadges reasons={item.reasons} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
