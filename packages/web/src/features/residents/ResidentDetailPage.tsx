import type { ResidentDetail } from '@sigap/contracts';
import { roleMay } from '@sigap/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert, Loading, SuccessNote } from '../../components/Status';
import { ApiError } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiQuery } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { DeathReportPanel } from '../death-reports/DeathReportPanel';
import { useDeathReport } from '../death-reports/use-death-report';
import { ResidentAddress, ResidentIdentity, ResidentStatuses } from './ResidentFacts';
import { ResidentStatusForm } from './ResidentStatusForm';
import { ResidentTimeline } from './ResidentTimeline';
import { qualityFlagLabel } from './resident-labels';
import { fetchResident } from './residents.api';

type Notice = 'saved' | 'serverUnchanged' | 'unchanged' | 'deathReported';
const NOTICE_KEYS = {
  saved: 'statusForm.saved',
  deathReported: 'integrity.deathReported',
  serverUnchanged: 'statusForm.serverUnchanged',
  unchanged: 'statusForm.unchanged',
} as const;

/** A form that remounts with fresh values whenever the stored statuses change (after a save). */
function statusKey(r: ResidentDetail): string {
  return [r.id, r.recordingStatus, r.recordingDate, r.recordingPlace, r.printStatus, r.printedDate]
    .concat([r.handedOverDate, r.ikdActivatedDate, r.lifeStatus, r.lifeStatusDate, r.history.length])
    .join('|');
}

/** One resident in full: a death report waiting or decided, the status timeline, for clerks the status form. */
export function ResidentDetailPage() {
  const t = useT();
  const user = useCurrentUser();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const loaded = useApiQuery<ResidentDetail>(valid ? [...queryKeys.residents, 'one', id] : null, (signal) =>
    fetchResident(id, signal),
  );
  // After a save the record reloads; keep showing the old one meanwhile instead of blanking the page.
  const stale = loaded.loading && loaded.latest?.id === id ? loaded.latest : undefined;
  const resident = loaded.data ?? stale;
  const death = useDeathReport(valid ? id : null);
  const report = death.data?.report;
  const [notice, setNotice] = useState<Notice>();
  const [editing, setEditing] = useState(false);
  const canWrite = roleMay(user.role, 'resident.write');
  useDocumentTitle(resident?.fullName ?? t('residents.title'));

  const notFound = !valid || (loaded.error instanceof ApiError && loaded.error.status === 404);
  return (
    <section className="page">
      <p>
        <Link to="/penduduk">← {t('resident.back')}</Link>
      </p>
      {loaded.loading && !resident ? <Loading /> : null}
      {notFound ? <p className="alert alert-info">{t('resident.notFound')}</p> : null}
      {loaded.error && !notFound ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {resident ? (
        <>
          <header className="page-header">
            <h1>{resident.fullName}</h1>
            <p className="audit-note">
              <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" className="icon">
                <path
                  fill="currentColor"
                  d="M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3Zm0 2.2 6 2.2V11c0 4-2.6 7.8-6 8.9-3.4-1.1-6-4.9-6-8.9V6.4l6-2.2Z"
                />
              </svg>
              {t('resident.auditNote')}
            </p>
          </header>
          {resident.qualityFlags.length > 0 ? (
            <div className="callout callout-warning" role="note" aria-labelledby="quality-title">
              <p id="quality-title" className="callout-title">
                {t('resident.qualityTitle')}
              </p>
              <ul>
                {resident.qualityFlags.map((flag) => (
                  <li key={flag}>{qualityFlagLabel(flag, t)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <DeathReportPanel report={report} onDecided={loaded.reload} />
          <div className="two-columns">
            <div className="stack">
              <ResidentIdentity resident={resident} />
              <ResidentAddress resident={resident} />
              <ResidentStatuses resident={resident} />
            </div>
            <div className="stack">
              {canWrite ? (
                <section className="panel" aria-labelledby="status-form-title">
                  <div className="panel-header">
                    <h2 id="status-form-title">{t('statusForm.title')}</h2>
                    <button
                      type="button"
                      className="button button-small"
                      aria-expanded={editing}
                      aria-controls={editing ? 'status-form' : undefined}
                      onClick={() => {
                        setEditing(!editing);
                        setNotice(undefined);
                      }}
                    >
                      {editing ? t('statusForm.close') : t('statusForm.open')}
                    </button>
                  </div>
                  {notice ? (
                    notice === 'saved' || notice === 'deathReported' ? (
                      <SuccessNote>{t(NOTICE_KEYS[notice])}</SuccessNote>
                    ) : (
                      <p className="alert alert-info" role="status">
                        {t(NOTICE_KEYS[notice])}
                      </p>
                    )
                  ) : null}
                  {editing ? (
                    <div id="status-form">
                      <p className="muted">{t('statusForm.intro')}</p>
                      <ResidentStatusForm
                        key={statusKey(resident)}
                        resident={resident}
                        deathPending={report?.status === 'pending'}
                        onDeathReported={() => setNotice('deathReported')}
                        onUnchanged={() => setNotice('unchanged')}
                        onSubmitStart={() => setNotice(undefined)}
                        onSaved={(updated) => {
                          setNotice(updated ? 'saved' : 'serverUnchanged');
                          loaded.reload();
                        }}
                      />
                    </div>
                  ) : null}
                </section>
              ) : null}
              <section className="panel" aria-labelledby="history-title">
                <h2 id="history-title">{t('history.title')}</h2>
                <p className="muted">{t('history.order')}</p>
                <ResidentTimeline history={resident.history} />
              </section>
            </div>
          </div>
        </>
      ) : null}
    </section>
  );
}
