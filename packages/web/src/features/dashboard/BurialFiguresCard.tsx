import type { BurialFigures } from '@sigap/contracts';
import { formatNumber } from '@sigap/domain';
import { Link } from 'react-router';
import { TableWrap } from '../../components/TableWrap';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { figuresPath } from '../burials/burials.api';

const TOTALS = ['entered', 'matched', 'certified', 'dismissed', 'pending'] as const;

/**
 * The burial register in the command center: the figures of /api/v1/burials/figures for the region shown
 * (entered, matched, certified, dismissed, pending; pending by age; per cemetery), as the API gives them.
 */
export function BurialFiguresCard({ region }: { region: string }) {
  const t = useT();
  const { locale } = useLocale();
  const { data } = useApiGet<BurialFigures>(queryKeys.burials, figuresPath(region));
  if (!data) return null;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <section
      className="panel stack-tight"
      aria-labelledby="burial-figures-title"
      data-testid="burial-figures"
    >
      <h2 id="burial-figures-title">
        <Link to="/kematian/pemakaman">{t('burials.figures.title')}</Link>
      </h2>
      <dl className="details details-compact">
        {TOTALS.map((k) => (
          <div key={k} data-figure={k}>
            <dt>{t(`burials.figures.${k}`)}</dt>
            <dd>{n(data.totals[k])}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {t('burials.figures.age')}: {data.pendingByAge.map((a) => `${a.bucket}: ${n(a.count)}`).join(' · ')}
      </p>
      {data.byCemetery.length > 0 ? (
        <TableWrap label={t('burials.figures.byCemetery')}>
          <table className="table-compact">
            <caption>{t('burials.figures.byCemetery')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('burials.col.cemetery')}</th>
                {TOTALS.map((k) => (
                  <th key={k} scope="col">
                    {t(`burials.figures.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.byCemetery.map((c) => (
                <tr key={c.key}>
                  <th scope="row">{c.name ?? c.key}</th>
                  {TOTALS.map((k) => (
                    <td key={k}>{n(c[k])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
