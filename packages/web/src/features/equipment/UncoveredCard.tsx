import type { UncoveredReply } from '@sigap/contracts';
import { ErrorAlert } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { uncoveredPath } from './equipment.api';

/** The regencies the watch list flags for broken equipment: what the province should lend next. */
export function UncoveredCard({ region }: { region: string }) {
  const t = useT();
  const result = useApiGet<UncoveredReply>(queryKeys.equipment, uncoveredPath(region));
  const regencies = result.data?.regencies;
  return (
    <section className="card stack-tight" aria-labelledby="uncovered-title">
      <h2 id="uncovered-title">{t('equipment.uncovered.title')}</h2>
      {result.error ? <ErrorAlert error={result.error} /> : null}
      {regencies && regencies.length === 0 ? <p className="muted">{t('equipment.uncovered.none')}</p> : null}
      <ul>
        {regencies?.map((r) => (
          <li key={r.regionCode}>
            <strong>{r.regionName}</strong>:{' '}
            {r.items.map((i) => `${i.name} (${i.tag}, ${t(`equipment.status.${i.status}`)})`).join('; ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
