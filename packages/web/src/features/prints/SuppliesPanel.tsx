import type { PrintSupplies } from '@sigap/contracts';
import { formatNumber } from '@sigap/domain';
import { useLocale, useT } from '../../lib/i18n';

/**
 * Ribbon and film prints left (units in store at the yield + what the loaded one still prints) and ink:
 * the stock module's one figure, the same the watch list's "ribbon low" reads.
 */
export function SuppliesPanel({ supplies }: { supplies: PrintSupplies }) {
  const t = useT();
  const { locale } = useLocale();
  const n = (v: number) => formatNumber(v, locale);
  return (
    <section className="panel stack" aria-labelledby="print-supplies" data-testid="print-supplies">
      <h2 id="print-supplies">{t('prints.supplies')}</h2>
      {supplies.ribbonLow ? (
        <p role="alert" data-testid="ribbon-low">
          {t('prints.supply.low', { n: n(supplies.ribbonAlertBelow) })}
        </p>
      ) : null}
      <ul className="stack">
        {supplies.units.map((u) => (
          <li key={u.item} data-testid={`supply-${u.item}`}>
            <strong>
              {t('prints.supply.left', { item: t(`prints.supply.${u.item}`), left: n(u.printsLeft) })}
            </strong>
            <span className="muted" style={{ display: 'block' }}>
              {t('prints.supply.detail', {
                units: n(u.unitsOnHand),
                yield: n(u.yieldCards),
                loaded:
                  u.loadedCards === null
                    ? t('prints.supply.noneLoaded')
                    : t('prints.supply.loaded', { cards: n(u.loadedCards) }),
                measured: u.measuredYield === null ? t('prints.supply.noMeasure') : n(u.measuredYield),
              })}
            </span>
          </li>
        ))}
        <li data-testid="supply-INK">
          {supplies.inkOnHand > 0
            ? t('prints.supply.ink', { count: n(supplies.inkOnHand) })
            : t('prints.supply.inkOut')}
        </li>
      </ul>
    </section>
  );
}
