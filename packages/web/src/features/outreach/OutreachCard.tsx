import type { OutreachSummary } from '@sigap/contracts';
import { formatNumber } from '@sigap/domain';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/Status';
import { type MessageKey, useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { summaryPath } from './outreach.api';

/** The command center's outreach row: the same figures as GET /api/v1/outreach/summary. */
export function OutreachCard({ region }: { region: string }) {
  const t = useT();
  const { locale } = useLocale();
  const summary = useApiGet<OutreachSummary>(queryKeys.outreach, summaryPath(region));
  const s = summary.data;
  const rows: [MessageKey, number, string][] = s
    ? [
        ['outreach.card.recorded', s.recorded, 'recorded'],
        ['outreach.card.walkIns', s.walkIns, 'walk-ins'],
        ['outreach.card.planned', s.plannedVisits, 'planned'],
        ['outreach.card.sites', s.sites, 'sites'],
        ['outreach.card.devices', s.unsyncedDevices, 'devices'],
      ]
    : [];
  return (
    <section className="card stack-tight" aria-labelledby="outreach-card-title">
      <h2 id="outreach-card-title">
        <Link to="/jemput-bola">{t('outreach.card.title')}</Link>
      </h2>
      {summary.error ? <ErrorAlert error={summary.error} /> : null}
      <dl className="stat-grid" data-testid="outreach-card">
        {rows.map(([label, value, key]) => (
          <div key={key} className="stat" data-figure={key}>
            <dt>{t(label)}</dt>
            <dd>{formatNumber(value, locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
