import type { HistoryEntry } from '@sigap/contracts';
import { formatDateLong, formatDateTime, roleMay } from '@sigap/domain';
import { Link } from 'react-router';
import { type Locale, type Translate, useLocale, useT } from '../../lib/i18n';
import { useCurrentUser } from '../auth/AuthProvider';
import { historyFieldLabel, lifeLabel, printLabel, recordingLabel, sourceLabel } from './resident-labels';

/** A history value in words: status labels for statuses, a date for the IKD activation. */
function valueText(entry: HistoryEntry, value: string | null, t: Translate, locale: Locale): string {
  if (value === null) return entry.field === 'ikd' ? t('resident.ikdNone') : '—';
  switch (entry.field) {
    case 'created':
    case 'recording':
      return recordingLabel(value, locale);
    case 'print':
      return printLabel(value, locale);
    case 'life':
      return lifeLabel(value, t);
    case 'ikd':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateLong(value, locale) : value;
    default:
      return value;
  }
}

/**
 * The status history, newest first: people open a record to learn where it stands and what changed last,
 * so the latest change leads and the creation (always the oldest) closes the list.
 */
export function ResidentTimeline({ history }: { history: HistoryEntry[] }) {
  const t = useT();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const canSeeImports = roleMay(user.role, 'resident.import');
  const entries = [...history].sort((a, b) =>
    a.recordedAt === b.recordedAt ? b.id - a.id : a.recordedAt < b.recordedAt ? 1 : -1,
  );

  if (entries.length === 0) return <p className="muted">{t('history.empty')}</p>;
  return (
    <ol className="timeline" aria-label={t('history.title')}>
      {entries.map((entry) => (
        <li key={entry.id} className={`timeline-item timeline-${entry.field}`}>
          <p className="timeline-head">
            <span className="timeline-field">{historyFieldLabel(entry.field, t)}</span>
            <span className="badge badge-source">{sourceLabel(entry.source, t)}</span>
          </p>
          <p className="timeline-change">
            {entry.field === 'created' ? (
              t('history.initialStatus', { status: valueText(entry, entry.to, t, locale) })
            ) : (
              <>
                <span className="timeline-from">{valueText(entry, entry.from, t, locale)}</span>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> {t('history.to')} </span>
                <span className="timeline-to">{valueText(entry, entry.to, t, locale)}</span>
              </>
            )}
          </p>
          <dl className="timeline-meta">
            {entry.eventDate ? (
              <div>
                <dt>{t('history.eventDate')}</dt>
                <dd>
                  <time dateTime={entry.eventDate}>{formatDateLong(entry.eventDate, locale)}</time>
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t('history.recordedAt')}</dt>
              <dd>
                <time dateTime={entry.recordedAt}>{formatDateTime(entry.recordedAt, locale)}</time>
              </dd>
            </div>
            <div>
              <dt>{t('history.user')}</dt>
              <dd className={entry.username ? 'code' : undefined}>{entry.username ?? t('history.system')}</dd>
            </div>
            {entry.documentNo ? (
              <div>
                <dt>{t('history.documentNo')}</dt>
                <dd className="code break-all">{entry.documentNo}</dd>
              </div>
            ) : null}
            {entry.note ? (
              <div>
                <dt>{t('history.note')}</dt>
                <dd>{entry.note}</dd>
              </div>
            ) : null}
            {entry.importJobId !== null ? (
              <div>
                <dt>{t('history.importJob')}</dt>
                <dd>
                  {canSeeImports ? (
                    <Link to={`/impor/${entry.importJobId}`}>#{entry.importJobId}</Link>
                  ) : (
                    `#${entry.importJobId}`
                  )}
                </dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ol>
  );
}
