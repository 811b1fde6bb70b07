import type { TrendPoint } from '@sigap/contracts';
import { formatDateShort, formatNumber } from '@sigap/domain';
import { useLocale, useT } from '../../lib/i18n';

/**
 * The trend as a table (the chart's accessible twin). It says which rows were reconstructed by a backfill
 * or the demo seed ("data awal") and which is today's live reading, the number on the tiles.
 */
export function TrendTable({ items }: { items: TrendPoint[] }) {
  const t = useT();
  const { locale } = useLocale();
  const rowDate = (p: TrendPoint) => {
    const date = formatDateShort(p.date, locale);
    if (p.trigger === 'backfill') return t('cc.trend.seededRow', { date });
    return p.trigger === 'live' ? t('cc.trend.liveRow', { date }) : date;
  };
  return (
    <table className="table-compact">
      <thead>
        <tr>
          <th scope="col">{t('cc.date')}</th>
          <th scope="col" className="num">
            {t('cc.fig.recorded')}
          </th>
          <th scope="col" className="num">
            {t('cc.fig.printed')}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((p) => (
          <tr key={p.date}>
            <th scope="row">{rowDate(p)}</th>
            <td className="num">{formatNumber(p.recorded, locale)}</td>
            <td className="num">{formatNumber(p.printed, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
