import type { DeathReport } from '@sigap/contracts';
import { formatDateLong, formatDateTime } from '@sigap/domain';
import { Link } from 'react-router';
import { useLocale, useT } from '../../lib/i18n';
import { DeathDecisionActions } from './DeathDecisionActions';
import type { DeathDecision } from './death-reports.api';

interface Props {
  items: DeathReport[];
  onDecided: (kind: DeathDecision['kind']) => void;
}

/**
 * The worklist's rows: a table on a desk, one card per report on a phone (table-cards). The NIK stays masked
 * as in every list; the resident's page (audited) has the full record.
 */
export function DeathReportTable({ items, onDecided }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const decided = items.some((r) => r.status !== 'pending');
  return (
    <table className="table-compact table-cards">
      <caption className="visually-hidden">{t('deathList.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('deathList.col.resident')}</th>
          <th scope="col">{t('deathList.col.nik')}</th>
          <th scope="col">{t('deathList.col.village')}</th>
          <th scope="col">{t('death.date')}</th>
          <th scope="col">{t('death.document')}</th>
          <th scope="col">{t('death.reason')}</th>
          <th scope="col">{t('death.reporter')}</th>
          <th scope="col">{t('death.reportedAt')}</th>
          <th scope="col">{t(decided ? 'deathList.col.decision' : 'deathList.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.id}>
            <th scope="row" data-label={t('deathList.col.resident')}>
              <Link to={`/penduduk/${r.residentId}`}>{r.residentName}</Link>
            </th>
            <td className="code" data-label={t('deathList.col.nik')}>
              {r.nikMasked}
            </td>
            <td data-label={t('deathList.col.village')}>{r.villageName ?? r.villageCode}</td>
            <td data-label={t('death.date')}>
              <time dateTime={r.dateOfDeath}>{formatDateLong(r.dateOfDeath, locale)}</time>
            </td>
            <td className="code break-all" data-label={t('death.document')}>
              {r.documentNo}
            </td>
            <td data-label={t('death.reason')}>{r.reason}</td>
            <td className="code" data-label={t('death.reporter')}>
              {r.reportedBy ?? '—'}
            </td>
            <td data-label={t('death.reportedAt')}>
              <time dateTime={r.reportedAt}>{formatDateTime(r.reportedAt, locale)}</time>
            </td>
            <td data-label={t(decided ? 'deathList.col.decision' : 'deathList.col.actions')}>
              {r.status === 'pending' ? (
                <DeathDecisionActions report={r} onDecided={onDecided} />
              ) : (
                <Decision report={r} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Decision({ report }: { report: DeathReport }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <span className="stack-tight">
      <strong>{t(report.status === 'confirmed' ? 'death.confirmed' : 'death.rejected')}</strong>
      <span>
        {report.decidedBy ?? '—'}
        {report.decidedAt ? ` · ${formatDateTime(report.decidedAt, locale)}` : ''}
      </span>
      {report.decisionNote ? <span>{report.decisionNote}</span> : null}
    </span>
  );
}
