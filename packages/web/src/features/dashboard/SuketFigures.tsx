import type { CoverageRow, SuketFigures as Figures } from '@sigap/contracts';
import { formatNumber, formatPercent } from '@sigap/domain';
import { TableWrap } from '../../components/TableWrap';
import { useLocale, useT } from '../../lib/i18n';

/**
 * Issue 14: the region's sukets on the reference date and "printed or covered by a suket", the same
 * numbers the API (`sukets` of each coverage row), the XLSX and the situation-report PDF carry.
 */
export function SuketFigures({ region, rows }: { region: CoverageRow; rows: CoverageRow[] }) {
  const t = useT();
  const { locale } = useLocale();
  const s = region.sukets;
  if (!s) return null;
  const n = (v: number) => formatNumber(v, locale);
  const pct = (f: Figures) =>
    f.percentPrintedOrCovered === null ? '–' : formatPercent(f.percentPrintedOrCovered, locale);
  return (
    <section className="stack-tight" aria-labelledby="cc-sukets-title">
      <h2 id="cc-sukets-title">{t('cc.sukets.title')}</h2>
      <dl className="stat-grid cc-tiles" data-testid="suket-figures">
        <div className="stat cc-tile">
          <dt>{t('cc.sukets.issued')}</dt>
          <dd>{n(s.issued)}</dd>
        </div>
        <div className="stat cc-tile cc-tile-good">
          <dt>{t('cc.sukets.active')}</dt>
          <dd>{n(s.active)}</dd>
        </div>
        <div className="stat cc-tile">
          <dt>{t('cc.sukets.superseded')}</dt>
          <dd>{n(s.superseded)}</dd>
        </div>
        <div className="stat cc-tile cc-tile-good">
          <dt>{t('cc.sukets.printedOrCovered')}</dt>
          <dd data-testid="printed-or-covered">
            {n(s.printedOrCovered)}
            <span className="cc-tile-note">{pct(s)}</span>
          </dd>
        </div>
      </dl>
      {rows.some((r) => r.sukets) ? (
        <TableWrap label={t('cc.sukets.title')}>
          <table className="table-compact" data-testid="suket-figures-table">
            <caption className="visually-hidden">{t('cc.sukets.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cc.col.region')}</th>
                <th scope="col" className="num">
                  {t('cc.sukets.issued')}
                </th>
                <th scope="col" className="num">
                  {t('cc.sukets.active')}
                </th>
                <th scope="col" className="num">
                  {t('cc.sukets.superseded')}
                </th>
                <th scope="col" className="num">
                  {t('cc.sukets.percent')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) =>
                r.sukets ? (
                  <tr key={r.code}>
                    <th scope="row">{r.name}</th>
                    <td className="num">{n(r.sukets.issued)}</td>
                    <td className="num">{n(r.sukets.active)}</td>
                    <td className="num">{n(r.sukets.superseded)}</td>
                    <td className="num">{pct(r.sukets)}</td>
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
