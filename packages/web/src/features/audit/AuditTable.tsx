import { formatDateTime } from '@sigap/domain';
import { useLocale, useT } from '../../lib/i18n';
import type { AuditEntry } from '../../lib/types';

/** Audit entries, newest first as the server sends them; times shown in WIB like the offices read them. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="table-wrap">
      <table>
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
              <td className="nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
              </td>
              <td className="code">{entry.username ?? '—'}</td>
              <td>
                <span className="badge badge-action">{entry.action}</span>
              </td>
              <td>{entry.entity}</td>
              <td className="code">{entry.entityId ?? '—'}</td>
              <td className="code">{entry.regionCode ?? '—'}</td>
              <td className="summary">{entry.summary}</td>
              <td className="code">{entry.ip ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
