import type { ImportJob } from '@sigap/contracts';
import { formatNumber } from '@sigap/domain';
import { formatDuration } from '../../lib/format';
import { useLocale, useT } from '../../lib/i18n';

/** Step 4: what the import did, in the four counts offices report, plus the server's note if it left one. */
export function ImportResult({ job }: { job: ImportJob }) {
  const t = useT();
  const { locale } = useLocale();
  const message = locale === 'en' ? (job.messageEn ?? job.message) : job.message;
  const counts = [
    { key: 'inserted', label: t('imports.inserted'), value: job.inserted },
    { key: 'updated', label: t('imports.updated'), value: job.updated },
    { key: 'unchanged', label: t('imports.unchanged'), value: job.unchanged },
    { key: 'rejected', label: t('imports.rejected'), value: job.rejected },
  ];
  return (
    <section className="panel stack" aria-labelledby="import-result-title">
      <h2 id="import-result-title">{t('imports.result')}</h2>
      {message ? (
        <div
          className={job.status === 'failed' ? 'callout callout-error' : 'callout callout-warning'}
          role={job.status === 'failed' ? 'alert' : 'status'}
          data-testid="import-message"
        >
          <p className="callout-title">{message}</p>
        </div>
      ) : null}
      <dl className="stat-grid">
        {counts.map((c) => (
          <div key={c.key} className={`stat stat-${c.key}`} data-testid={`import-${c.key}`}>
            <dt>{c.label}</dt>
            <dd>{formatNumber(c.value, locale)}</dd>
          </div>
        ))}
      </dl>
      {job.durationMs !== null ? (
        <p className="muted">
          {t('imports.durationText', { duration: formatDuration(job.durationMs, locale) })}
        </p>
      ) : null}
    </section>
  );
}
