import type { StockCard } from '@sigap/contracts';
import { formatDateLong, formatNumber } from '@sigap/domain';
import { useEffect, useRef } from 'react';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { cardPath } from './stock.api';

/** The stock card: every line in ledger order (date it happened, then processing) with its running balance. */
export function StockCardView({ location, item }: { location: string; item: string }) {
  const t = useT();
  const { locale } = useLocale();
  const r = useApiGet<StockCard>(queryKeys.stock, cardPath(location, item));
  const c = r.data;
  const n = (v: number) => formatNumber(v, locale);
  const ref = useRef<HTMLElement>(null);
  // The card opens below a long list: bring it into view (on a phone it would otherwise open off-screen).
  useEffect(() => ref.current?.scrollIntoView?.({ block: 'start' }), []);
  return (
    <section ref={ref} className="panel stack" aria-labelledby="card-title">
      <h2 id="card-title">
        {t('stock.card.title', {
          item: t(`stock.item.${item}` as 'stock.item.BLANKO'),
          location: c?.locationName ?? location,
        })}
      </h2>
      {r.error ? <ErrorAlert error={r.error} onRetry={r.reload} /> : null}
      {r.loading && !c ? <Loading /> : null}
      {c ? (
        <div className="table-wrap">
          <table className="table-compact table-cards">
            <thead>
              <tr>
                <th scope="col">{t('stock.card.date')}</th>
                <th scope="col">{t('stock.card.move')}</th>
                <th scope="col" className="num">
                  {t('stock.card.quantity')}
                </th>
                <th scope="col" className="num">
                  {t('stock.card.balance')}
                </th>
                <th scope="col">{t('stock.card.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {[...c.lines].reverse().map((l) => (
                <tr key={l.id}>
                  <td data-label={t('stock.card.date')}>{formatDateLong(l.occurredOn, locale)}</td>
                  <td data-label={t('stock.card.move')}>{t(`stock.move.${l.move}`)}</td>
                  <td className="num" data-label={t('stock.card.quantity')}>
                    {l.quantity > 0 ? `+${n(l.quantity)}` : n(l.quantity)}
                  </td>
                  <td className="num" data-label={t('stock.card.balance')}>
                    {n(l.balance)}
                  </td>
                  <td data-label={t('stock.card.detail')}>
                    {[l.documentNo, l.counterpartCode, l.reason, l.note].filter(Boolean).join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
