import type { AuditEntry } from '@sigap/contracts';
import { formatDateTime } from '@sigap/domain';
import { useMemo } from 'react';
import { TableWrap } from '../../components/TableWrap';
import { useLocale, useT } from '../../lib/i18n';
import { actionLabel, entityLabel, type SummaryContext, summaryParts } from './audit-summary';

interface AuditTableProps {
  entries: AuditEntry[];
  /** Names of the elections the reader can see, by id, so a summary names the election. */
  electionNames: ReadonlyMap<number, string>;
}

/**
 * Audit entries, newest first as the server sends them; times shown in WIB like the offices read them.
 * Actions and summaries are in words (audit-summary.ts); the code stays in the badge's title for searches.
 */
export function AuditTable({ entries, electionNames }: AuditTableProps) {
  const t = useT();
  const { locale } = useLocale();
  const ctx = useMemo<SummaryContext>(
    () => ({ locale, electionName: (id) => electionNames.get(id) }),
    [locale, electionNames],
  );
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
                <span className="badge badge-action" title={entry.action}>
                  {actionLabel(entry.action, locale)}
                </span>
              </td>
              <td data-label={t('audit.entity')}>{entityLabel(entry.entity, locale)}</td>
              <td className="code" data-label={t('audit.entityId')}>
                {entry.entityId ?? '—'}
              </td>
              <td className="code" data-label={t('audit.region')}>
                {entry.regionCode ?? '—'}
              </td>
              <td className="summary" data-label={t('audit.summary')}>
                <Summary action={entry.action} summary={entry.summary} ctx={ctx} />
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
function Summary({
  action,
  summary,
  ctx,
}: {
  action: string;
  summary: AuditEntry['summary'];
  ctx: SummaryContext;
}) {
  const parts = summaryParts(action, summary, ctx);
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
