import type { InviteReply, OutreachVisitReply, UnconfirmedList, VisitReport } from '@sigap/contracts';
import { formatDateLong, formatDateTimeShort, formatNumber, roleMay } from '@sigap/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert, Loading, SuccessNote } from '../../components/Status';
import { downloadFile } from '../../lib/download';
import { type MessageKey, useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import {
  cancelVisit,
  inviteTargets,
  lettersPath,
  reportPath,
  unconfirmedPath,
  visitPath,
} from './outreach.api';
import './outreach.css';

/** One visit: team and equipment, invitations, the report and the recordings SIAK has not confirmed. */
export function VisitPage() {
  const t = useT();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const id = Number(useParams().id);
  const visit = useApiGet<OutreachVisitReply>(queryKeys.outreach, visitPath(id));
  const report = useApiGet<VisitReport>(queryKeys.outreach, reportPath(id));
  const v = visit.data?.visit;
  useDocumentTitle(
    v ? t('outreach.visit.title', { site: v.site.name, date: v.visitDate }) : t('outreach.title'),
  );
  const [invited, setInvited] = useState<InviteReply>();
  const invite = useApiMutation((_: null, key: string) => inviteTargets(id, key), [queryKeys.outreach]);
  const [reason, setReason] = useState('');
  const cancel = useApiMutation(cancelVisit, [queryKeys.outreach]);
  const [letterError, setLetterError] = useState<unknown>();
  if (visit.error) return <ErrorAlert error={visit.error} />;
  if (!v) return <Loading />;
  const canPlan = roleMay(user.role, 'outreach.plan') && v.state === 'planned';
  const r = report.data;
  const figures: [MessageKey, number][] = r
    ? [
        ['outreach.report.targets', r.targets],
        ['outreach.report.reached', r.reached],
        ['outreach.report.recorded', r.recorded],
        ['outreach.report.absent', r.absent],
        ['outreach.report.refused', r.refused],
        ['outreach.report.exception', r.biometricException],
        ['outreach.report.conflicts', r.conflicts],
        ['outreach.report.walkIns', r.walkIns],
        ['outreach.report.minutes', r.minutesOnSite],
      ]
    : [];
  return (
    <section className="page outreach">
      <header className="page-header">
        <h1>{t('outreach.visit.title', { site: v.site.name, date: formatDateLong(v.visitDate, locale) })}</h1>
        <p className="muted">
          {t('outreach.visit.hours', { from: v.startTime, to: v.endTime })} · {v.site.address}
          {v.state === 'cancelled' ? ` · ${t('outreach.visits.cancelled')}` : ''}
        </p>
      </header>
      <section className="card stack-tight">
        <p>
          <strong>{t('outreach.visit.team')}:</strong> {v.team.map((m) => m.fullName).join(', ')}
        </p>
        <p>
          <strong>{t('outreach.visit.equipment')}:</strong>{' '}
          {v.equipment.map((e) => `${e.name} (${e.tag})`).join(', ') || '—'}
        </p>
        <p>{t('outreach.visits.targets', { n: formatNumber(v.targetCount, locale) })}</p>
        <div className="outreach-actions">
          {roleMay(user.role, 'outreach.field') ? (
            <Link className="button" to={`/lapangan/${v.id}`}>
              {t('outreach.visit.field')}
            </Link>
          ) : null}
          {roleMay(user.role, 'outreach.targets') ? (
            <button
              type="button"
              className="button secondary"
              onClick={() => downloadFile(lettersPath(v.id), `undangan-${v.id}.pdf`).catch(setLetterError)}
            >
              {t('outreach.visit.letters')}
            </button>
          ) : null}
          {canPlan ? (
            <button
              type="button"
              className="button secondary"
              disabled={invite.pending}
              onClick={() => invite.run(null).then(setInvited, () => undefined)}
            >
              {t('outreach.visit.invite')}
            </button>
          ) : null}
        </div>
        {letterError ? <ErrorAlert error={letterError} /> : null}
        {invite.error ? <ErrorAlert error={invite.error} /> : null}
        {invited ? (
          <SuccessNote>
            {t('outreach.visit.invited', { queued: invited.queued, none: invited.withoutPhone })}
          </SuccessNote>
        ) : null}
      </section>
      <section className="card stack-tight" aria-labelledby="report-title">
        <h2 id="report-title">{t('outreach.report.title')}</h2>
        {report.error ? <ErrorAlert error={report.error} /> : null}
        <dl className="stat-grid" data-testid="visit-report">
          {figures.map(([label, value]) => (
            <div key={label} className="stat">
              <dt>{t(label)}</dt>
              <dd>{formatNumber(value, locale)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {roleMay(user.role, 'outreach.targets') ? <UnconfirmedCard id={v.id} /> : null}
      {canPlan ? (
        <form
          className="card stack-tight"
          onSubmit={(e) => {
            e.preventDefault();
            void cancel.run({ id: v.id, reason }).catch(() => undefined);
          }}
        >
          {cancel.error ? <ErrorAlert error={cancel.error} /> : null}
          <div className="field">
            <label htmlFor="cancel-reason">{t('outreach.visit.cancelReason')}</label>
            <input id="cancel-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit" className="button danger" disabled={!reason.trim() || cancel.pending}>
            {t('outreach.visit.cancel')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

function UnconfirmedCard({ id }: { id: number }) {
  const t = useT();
  const { locale } = useLocale();
  const [days, setDays] = useState(14);
  const list = useApiGet<UnconfirmedList>(queryKeys.outreach, unconfirmedPath(id, days));
  return (
    <section className="card stack-tight" aria-labelledby="unconfirmed-title">
      <h2 id="unconfirmed-title">{t('outreach.unconfirmed.title')}</h2>
      <div className="field">
        <label htmlFor="unconfirmed-days">{t('outreach.unconfirmed.days')}</label>
        <input
          id="unconfirmed-days"
          type="number"
          min={0}
          max={365}
          value={days}
          onChange={(e) => setDays(Number(e.target.value) || 0)}
        />
      </div>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {list.data ? (
        <>
          <p>
            {t('outreach.unconfirmed.summary', {
              confirmed: list.data.confirmed,
              recorded: list.data.recorded,
            })}
          </p>
          {list.data.items.length === 0 ? <p className="muted">{t('outreach.unconfirmed.none')}</p> : null}
          <ul className="outreach-list">
            {list.data.items.map((i) => (
              <li key={i.residentId}>
                {i.fullName}{' '}
                <span className="muted">
                  {i.nikMasked} · {formatDateTimeShort(i.recordedAt, locale)} · {i.recordingStatus}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
