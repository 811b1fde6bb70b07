import type { ReconciliationReply } from '@sigap/contracts';
import { formatNumber } from '@sigap/domain';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { reconciliationPath } from './prints.api';

/** Blanko used against cards printed (Sigap and SIAK imports) and spoiled, per regency, with the gap. */
export function ReconciliationTable({ region }: { region: string }) {
  const t = useT();
  const { locale } = useLocale();
  const r = useApiGet<ReconciliationReply>(queryKeys.prints, reconciliationPath(region));
  const rows = r.data?.rows;
  const n = (v: number) => formatNumber(v, locale);
  const cols = ['consumed', 'sigap', 'import', 'spoiled', 'gap'] as const;
  return (
    <div className="stack">
      {r.error ? <ErrorAlert error={r.error} onRetry={r.reload} /> : null}
      {r.loading && !rows ? <Loading /> : null}
      {rows && rows.length === 0 ? <EmptyState>{t('prints.rec.empty')}</EmptyState> : null}
      {rows && rows.length > 0 ? (
        <div className="table-wrap">
          <table className="table-compact table-cards" data-testid="print-reconciliation">
            <thead>
              <tr>
                <th scope="col">{t('prints.rec.region')}</th>
                {cols.map((c) => (
                  <th key={c} scope="col" className="num">
                    {t(`prints.rec.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((x) => {
                const values = [x.blankoConsumed, x.printedInSigap, x.printedByImport, x.spoiled, x.gap];
                return (
                  <tr key={x.regionCode} data-testid={`rec-${x.regionCode}`}>
                    <th scope="row" data-label={t('prints.rec.region')}>
                      {x.regionName}
                    </th>
                    {cols.map((c, i) => (
                      <td key={c} className="num" data-label={t(`prints.rec.${c}`)} data-testid={`rec-${c}`}>
                        {n(values[i] as number)}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="muted">{t('prints.rec.note')}</p>
    </div>
  );
}
