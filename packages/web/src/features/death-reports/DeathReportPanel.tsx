import type { DeathReport } from '@sigap/contracts';
import { formatDateLong, formatDateTime, roleMay } from '@sigap/domain';
import { useState } from 'react';
import { SuccessNote } from '../../components/Status';
import { type MessageKey, useLocale, useT } from '../../lib/i18n';
import { useCurrentUser } from '../auth/AuthProvider';
import { DeathDecisionActions } from './DeathDecisionActions';

const TITLES: Record<DeathReport['status'], MessageKey> = {
  pending: 'death.pending',
  confirmed: 'death.confirmed',
  rejected: 'death.rejected',
};
const TONES: Record<DeathReport['status'], string> = {
  pending: 'callout callout-warning',
  confirmed: 'callout callout-info',
  rejected: 'callout callout-info',
};

/**
 * A resident's death report on their page: while it waits, what was reported and by whom, with Confirm
 * and Reject for a second officer; once decided, the outcome. Nothing when no death was ever reported.
 */
export function DeathReportPanel({
  report,
  onDecided,
}: {
  report: DeathReport | null | undefined;
  onDecided: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const [notice, setNotice] = useState<MessageKey>();
  if (!report) return notice ? <SuccessNote>{t(notice)}</SuccessNote> : null;
  const canDecide = report.status === 'pending' && roleMay(user.role, 'resident.confirm_death');
  const row = (label: MessageKey, value: string | null, code = false) =>
    value ? (
      <div>
        <dt>{t(label)}</dt>
        <dd className={code ? 'code break-all' : undefined}>{value}</dd>
      </div>
    ) : null;

  return (
    <section className={TONES[report.status]} aria-labelledby="death-report-title" data-testid="death-report">
      {notice ? <SuccessNote>{t(notice)}</SuccessNote> : null}
      <h2 id="death-report-title" className="callout-title">
        {t(TITLES[report.status])}
      </h2>
      <dl className="details details-compact">
        {row('death.date', formatDateLong(report.dateOfDeath, locale))}
        {row('death.document', report.documentNo, true)}
        {row('death.reason', report.reason)}
        {row('death.reporter', report.reportedBy, true)}
        {row('death.reportedAt', formatDateTime(report.reportedAt, locale))}
        {row('death.decider', report.decidedBy, true)}
        {row('death.decidedAt', report.decidedAt ? formatDateTime(report.decidedAt, locale) : null)}
        {row('death.note', report.decisionNote)}
      </dl>
      {canDecide ? (
        <DeathDecisionActions
          report={report}
          onDecided={(kind) => {
            setNotice(kind === 'confirm' ? 'death.confirmedNotice' : 'death.rejectedNotice');
            onDecided();
          }}
        />
      ) : null}
    </section>
  );
}
