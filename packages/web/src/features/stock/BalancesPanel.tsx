import type { StockList } from '@sigap/contracts';
import { formatNumber } from '@sigap/domain';
import { useState } from 'react';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { StockCardView } from './StockCardView';
import { stockPath } from './stock.api';

/** On hand and in transit per item for the office and the offices below it; a row opens its stock card. */
export function BalancesPanel({ location }: { location: string }) {
  const t = useT();
  const { locale } = useLocale();
  const r = useApiGet<StockList>(queryKeys.stock, stockPath(location));
  const [open, setOpen] = useState<{ location: string; item: string } | null>(null);
  const items = r.data?.items;
  return (
    <div className="stack">
      {r.error ? <ErrorAlert error={r.error} onRetry={r.reload} /> : null}
      {r.loading && !items ? <Loading /> : null}
      {items && items.length === 0 ? <EmptyState>{t('stock.empty')}</EmptyState> : null}
      {items && items.length > 0 ? (
        <div className="table-wrap">
          <table className="table-compact table-cards" data-testid="stock-balances">
            <thead>
              <tr>
                <th scope="col">{t('stock.location')}</th>
                <th scope="col">{t('stock.item')}</th>
                <th scope="col" className="num">
                  {t('stock.onHand')}
                </th>
                <th scope="col" className="num">
                  {t('stock.inTransit')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('stock.openCard')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((b) => (
                <tr key={`${b.locationCode} ${b.item}`} data-testid={`balance-${b.locationCode}-${b.item}`}>
                  <th scope="row" data-label={t('stock.location')}>
                    {b.locationName}
                  </th>
                  <td data-label={t('stock.item')}>{t(`stock.item.${b.item}`)}</td>
                  <td className="num" data-label={t('stock.onHand')} data-testid="on-hand">
                    {formatNumber(b.onHand, locale)}
                  </td>
                  <td className="num" data-label={t('stock.inTransit')}>
                    {formatNumber(b.inTransit, locale)}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-ghost"
                      onClick={() => setOpen({ location: b.locationCode, item: b.item })}
                    >
                      {t('stock.openCard')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {open ? (
        <StockCardView key={`${open.location} ${open.item}`} location={open.location} item={open.item} />
      ) : null}
    </div>
  );
}
