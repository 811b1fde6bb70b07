import type { CoverReply } from '@sigap/contracts';
import { formatDateLong, formatNumber } from '@sigap/domain';
import { ProgressBar } from '../../components/ProgressBar';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { coverPath } from './stock.api';

/**
 * Days of cover to voting day per item and office: stock (in cards, ribbon and film through their yield)
 * against the PRR backlog plus the forecast's new PRR until then, as a bar per row, and the alerts.
 */
export function CoverPanel({ location }: { location: string }) {
  const t = useT();
  const { locale } = useLocale();
  const r = useApiGet<CoverReply>(queryKeys.stock, coverPath(location));
  const c = r.data;
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, locale));
  if (!c) return r.error ? <ErrorAlert error={r.error} onRetry={r.reload} /> : <Loading />;
  return (
    <div className="stack" data-testid="stock-cover">
      <p>
        {c.votingDay
          ? t('stock.cover.votingDay', { date: formatDateLong(c.votingDay, locale) })
          : t('stock.cover.noVotingDay')}
      </p>
      <p className="muted">
        {t('stock.cover.yield', { ribbon: n(c.yields.RIBBON), film: n(c.yields.FILM) })}
      </p>
      <section className="panel stack" aria-labelledby="cover-alerts">
        <h2 id="cover-alerts">{t('stock.cover.alerts')}</h2>
        {c.alerts.length === 0 ? <p>{t('stock.cover.noAlerts')}</p> : null}
        <ul>
          {c.alerts.map((a) => (
            <li key={`${a.code}-${a.locationCode}`}>{locale === 'en' ? a.messageEn : a.message}</li>
          ))}
        </ul>
      </section>
      <h2 id="cover-chart">{t('stock.cover.chart')}</h2>
      <ul className="stack">
        {c.rows
          // Offices that keep stock, and the office chosen: fifteen empty regencies would bury the rest.
          .filter(
            (row) =>
              row.stockCards !== null && (row.onHand + row.inTransit > 0 || row.locationCode === location),
          )
          .map((row) => {
            const id = `cover-${row.locationCode}-${row.item}`;
            const ratio = row.cardsNeeded > 0 ? (row.stockCards ?? 0) / row.cardsNeeded : 1;
            return (
              <li key={id} className="stack">
                <span id={id}>
                  {row.locationName} · {t(`stock.item.${row.item}`)} · {t('stock.cover.days')}:{' '}
                  {n(row.daysOfCover)}
                </span>
                <ProgressBar
                  value={ratio}
                  labelledBy={id}
                  tone={row.covered ? 'done' : 'failed'}
                  valueText={t('stock.cover.ratio', { stock: n(row.stockCards), need: n(row.cardsNeeded) })}
                />
                <span className="muted">
                  {t('stock.cover.ratio', { stock: n(row.stockCards), need: n(row.cardsNeeded) })}
                  {row.printsLeft !== null
                    ? ` · ${t('stock.cover.printsLeft', { n: n(row.printsLeft) })}`
                    : null}
                </span>
              </li>
            );
          })}
      </ul>
    </div>
  );
}
