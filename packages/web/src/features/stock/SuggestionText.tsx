import type { StockSuggestion } from '@sigap/contracts';
import { formatNumber } from '@sigap/domain';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { suggestionPath } from './stock.api';

/** The suggested quantity both ways, each with what it was computed from (the server's one computation). */
export function SuggestionText({
  location,
  item,
  stored,
}: {
  location: string;
  item: string;
  stored?: StockSuggestion | null;
}) {
  const t = useT();
  const { locale } = useLocale();
  const live = useApiGet<StockSuggestion>(queryKeys.stock, stored ? null : suggestionPath(location, item));
  const s = stored ?? live.data;
  if (!s) return null;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <div className="stack" data-testid="stock-suggestion">
      <h3>{t('stock.suggest.title')}</h3>
      <p>
        {s.demand
          ? t('stock.suggest.demand', {
              backlog: n(s.demand.backlog),
              pace: n(Math.round(s.demand.pacePerDay * 10) / 10),
              lead: n(s.demand.leadTimeDays),
              cards: n(s.demand.cardsNeeded),
              units: n(s.demand.unitsNeeded),
              onHand: n(s.onHand),
              inTransit: n(s.inTransit),
              order: n(s.demand.order),
            })
          : t('stock.suggest.noDemand')}
      </p>
      <p>
        {t('stock.suggest.consumption', {
          average: n(s.consumption.average),
          periods: n(s.consumption.periodsOfStock),
          maximum: n(s.consumption.maximum),
          order: n(s.consumption.order),
        })}
      </p>
      <p>
        <strong>{t('stock.suggest.total', { n: n(s.suggested) })}</strong>
      </p>
    </div>
  );
}
