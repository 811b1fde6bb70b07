import type { Report } from '@sigap/contracts';
import { formatDateTime, formatNumber, formatPercent } from '@sigap/domain';
import { useLocale, useT } from '../../lib/i18n';
import { FlagNotes, flagsOf } from './FlagNotes';
import { FIGURES, STATUS_LABEL } from './report-fields';

/** A sent report: its status and the province's comment, then each figure with its flags beside it. */
export function ReportSummary({ report }: { report: Report }) {
  const t = useT();
  const { locale } = useLocale();
  const status = STATUS_LABEL[report.status];
  const shownFields = new Set<string>(FIGURES.map((f) => f.name));
  const otherFlags = report.flags.filter((f) => !shownFields.has(f.field));
  return (
    <section
      className="panel stack-tight"
      aria-labelledby="report-summary-title"
      data-testid="report-summary"
    >
      <div className="panel-header">
        {/* A returned report says so in its title, with the province's reason: the regency must act. */}
        <h2 id="report-summary-title">
          {t(report.status === 'returned' ? 'reports.returnedTitle' : 'reports.sent')}
        </h2>
        <span className={`badge ${status.badge}`} data-testid="report-status">
          {t(status.label)}
        </span>
      </div>
      {report.status === 'returned' ? (
        <div className="alert alert-warning" data-testid="report-returned">
          <span>
            <strong>{t('reports.returnedReason', { reason: report.reviewComment ?? '–' })}</strong>
            {report.reviewedByName ? ` (${report.reviewedByName})` : ''} {t('reports.returnedFix')}
          </span>
        </div>
      ) : null}
      <p className="muted">
        {t('reports.sentBy', {
          name: report.submittedByName ?? '–',
          at: formatDateTime(report.submittedAt, locale),
          source: t(report.source === 'sigap' ? 'reports.source.sigap' : 'reports.source.manual'),
        })}
      </p>
      {report.status !== 'returned' && (report.reviewComment || report.reviewedAt) ? (
        <div className="alert alert-info">
          <span>
            <strong>{t('reports.reviewComment')}:</strong> {report.reviewComment ?? '–'}
            {report.reviewedByName ? ` (${report.reviewedByName})` : ''}
          </span>
        </div>
      ) : null}
      <dl className="report-figures">
        {FIGURES.map((f) => {
          const value = report[f.name];
          return (
            <div key={f.name} className="report-figure">
              <dt>{t(f.label)}</dt>
              <dd>
                {value === null
                  ? '–'
                  : f.percent
                    ? `${formatNumber(value, locale)}%`
                    : formatNumber(value, locale)}
                <FlagNotes flags={flagsOf(report.flags, f.name)} />
              </dd>
            </div>
          );
        })}
        <div className="report-figure">
          <dt>{t('reports.computedPercent')}</dt>
          <dd>
            {report.computed.percentRecorded === null
              ? '–'
              : formatPercent(report.computed.percentRecorded, locale)}
            {' · '}
            {t('reports.computedRemaining', { n: formatNumber(report.computed.remaining, locale) })}
          </dd>
        </div>
      </dl>
      <FlagNotes flags={otherFlags} />
      {report.notes ? (
        <p>
          <strong>{t('reports.f.notes')}:</strong> {report.notes}
        </p>
      ) : null}
    </section>
  );
}
