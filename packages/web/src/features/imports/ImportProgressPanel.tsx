import type { ImportJob } from '@sigap/contracts';
import { formatNumber, formatPercent } from '@sigap/domain';
import { ProgressBar } from '../../components/ProgressBar';
import { formatDuration } from '../../lib/format';
import { useLocale, useT } from '../../lib/i18n';
import { STATUS_BADGES, STATUS_KEYS } from './import-labels';

/** Elapsed time: the server's duration once finished, else from the start until now (never negative). */
function elapsedMs(job: ImportJob): number {
  if (job.durationMs !== null) return job.durationMs;
  const end = job.finishedAt ? Date.parse(job.finishedAt) : Date.now();
  return Math.max(0, end - Date.parse(job.startedAt));
}

/** Step 3: the live bar, rows processed, percent and elapsed time; it stays (at 100%) once the job is done. */
export function ImportProgressPanel({ job }: { job: ImportJob }) {
  const t = useT();
  const { locale } = useLocale();
  const ratio = job.status === 'done' ? 1 : job.progress;
  const percent = formatPercent(ratio, locale, 0);
  const rows = t('imports.rowsDone', { rows: formatNumber(job.rowsDone, locale) });
  const tone = job.status === 'done' ? 'done' : job.status === 'failed' ? 'failed' : 'active';

  return (
    <section className="panel stack" aria-labelledby="import-progress-title">
      <div className="panel-header">
        <h2 id="import-progress-title">{t('imports.progress')}</h2>
        {/* Only the state is announced; reading out every 500 ms tick would drown a screen reader. */}
        <p role="status" className="progress-status">
          <span className={STATUS_BADGES[job.status]}>{t(STATUS_KEYS[job.status])}</span>
        </p>
      </div>
      <ProgressBar
        value={job.status === 'queued' && job.progress === 0 ? undefined : ratio}
        labelledBy="import-progress-title"
        valueText={`${percent} · ${rows}`}
        tone={tone}
      />
      <dl className="progress-figures">
        <div>
          <dt>{t('imports.percent')}</dt>
          <dd data-testid="import-percent">{percent}</dd>
        </div>
        <div>
          <dt>{t('imports.rowsProcessed')}</dt>
          <dd data-testid="import-rows">{formatNumber(job.rowsDone, locale)}</dd>
        </div>
        <div>
          <dt>
            {job.status === 'done' || job.status === 'failed' ? t('imports.duration') : t('imports.elapsed')}
          </dt>
          <dd>{formatDuration(elapsedMs(job), locale)}</dd>
        </div>
      </dl>
    </section>
  );
}
