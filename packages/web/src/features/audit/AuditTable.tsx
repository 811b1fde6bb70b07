import type { AuditEntry } from '@sigap/contracts';
import { formatDateTime } from '@sigap/domain';
import { TableWrap } from '../../components/TableWrap';
import { useLocale, useT } from '../../lib/i18n';
import { summaryParts } from './audit-summary';

/** Audit entries, newest first as the server sends them; times shown in WIB like the offices read them. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <TableWrap label={t('audit.title')}>
      <table className="table-compact table-cards">
        <caption className="visually-hidden">{t('audit.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.user')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.entity')}</th>
            <th scope="col">{t('audit.entityId')}</th>
            <th scope="col">{t('audit.region')}</th>
            <th scope="col">{t('audit.summary')}</th>
            <th scope="col">{t('audit.ip')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap" data-label={t('audit.at')}>
                <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
              </td>
              <td className="code" data-label={t('audit.user')}>
                {entry.username ?? '—'}
              </td>
              <td data-label={t('audit.action')}>
                <span className="badge badge-action">{entry.action}</span>
              </td>
              <td data-label={t('audit.entity')}>{entry.entity}</td>
              <td className="code" data-label={t('audit.entityId')}>
                {entry.entityId ?? '—'}
              </td>
              <td className="code" data-label={t('audit.region')}>
                {entry.regionCode ?? '—'}
              </td>
              <td className="summary" data-label={t('audit.summary')}>
                <Summary summary={entry.summary} />
              </td>
              <td className="code" data-label={t('audit.ip')}>
                {entry.ip ?? '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** Key in grey, value in full colour: easier to scan than one long "key: value; key: value" line. */
function Summary({ summary }: { summary: AuditEntry['summary'] }) {
  const parts = summaryParts(summary);
  return (
    <span>
      {parts.map(([key, value], index) => (
        <span key={key}>
          {index > 0 ? '; ' : null}
          {key ? <span className="summary-key">{key}: </span> : null}
          {value}
        </span>
      ))}
    </span>
  );
}
