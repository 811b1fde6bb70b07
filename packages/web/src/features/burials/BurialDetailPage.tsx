import type { BurialDetail } from '@sigap/contracts';
import { formatDateLong, formatDateTime, roleMay } from '@sigap/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert, Loading, SuccessNote } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { BurialCandidates } from './BurialCandidates';
import { BurialReasonAction } from './BurialReasonAction';
import { type BurialAction, burialPath, decideBurial } from './burials.api';

/**
 * One burial entry for the office: what the manager entered, the resident candidates side by side, other
 * entries of the same person, and the decisions its state allows (match, certify, dismiss, annul).
 */
export function BurialDetailPage() {
  const t = useT();
  const { locale } = useLocale();
  const user = useCurrentUser();
  useDocumentTitle(t('burials.entry'));
  const id = Number(useParams().id);
  const result = useApiGet<BurialDetail>(queryKeys.burials, burialPath(id));
  const [notice, setNotice] = useState<string>();
  const decide = useApiMutation(
    (a: BurialAction, key: string) => decideBurial(id, a, key),
    [queryKeys.burials, queryKeys.residents, queryKeys.dashboard, queryKeys.sukets],
  );
  if (result.error) return <ErrorAlert error={result.error} onRetry={result.reload} />;
  const d = result.data;
  if (!d) return <Loading />;
  const b = d.burial;
  const cert = b.certificate;
  const may = roleMay(user.role, 'burial.process');
  const run = (a: BurialAction, done: (r: BurialDetail) => string) =>
    decide.run(a).then((r) => setNotice(done(r)));
  const row = (label: string, value: string | null) =>
    value ? (
      <div>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ) : null;

  return (
    <section className="page">
      <p>
        <Link to="/kematian/pemakaman">← {t('burials.back')}</Link>
      </p>
      <h1>{b.fullName}</h1>
      {notice ? <SuccessNote>{notice}</SuccessNote> : null}
      {decide.error ? <ErrorAlert error={decide.error} /> : null}
      <dl className="details details-compact panel" data-testid="burial-entry">
        {row(t('burials.col.status'), t(`burials.status.${b.status}`))}
        {row('NIK', b.nik)}
        {row(t('makam.birthDate'), formatDateLong(b.birthDate, locale))}
        {row(t('makam.dateOfDeath'), formatDateLong(b.dateOfDeath, locale))}
        {row(t('makam.dateOfBurial'), formatDateLong(b.dateOfBurial, locale))}
        {row(t('burials.col.cemetery'), b.cemeteryName)}
        {row(t('makam.cause'), b.cause ? t(`cause.${b.cause}` as 'cause.sakit') : null)}
        {row(
          t('burials.reporter'),
          `${b.reporterName} (${t(`relation.${b.reporterRelation}` as 'relation.anak')}) ${b.reporterPhone ?? ''}`,
        )}
        {row(t('burials.enteredBy'), `${b.enteredBy ?? '—'}, ${formatDateTime(b.createdAt, locale)}`)}
        {row(t('burials.col.resident'), b.residentName)}
        {row(t('burials.reason'), b.dismissReason)}
        {cert
          ? row(
              t('burials.certificate'),
              `${cert.number} (${formatDateLong(cert.issuedOn, locale)}, ${cert.issuedBy ?? ''})`,
            )
          : null}
        {cert?.status === 'annulled'
          ? row(
              '',
              t('burials.certificate.annulled', {
                who: cert.annulledBy ?? '',
                reason: cert.annulReason ?? '',
              }),
            )
          : null}
      </dl>
      {may ? (
        <div className="button-row">
          {b.status === 'matched' ? (
            <button
              type="button"
              className="button"
              disabled={decide.pending}
              onClick={() => {
                if (window.confirm(t('burials.certify.confirm', { name: b.residentName ?? b.fullName })))
                  void run({ kind: 'certify' }, (r) =>
                    t('burials.certified', { number: r.burial.certificate?.number ?? '' }),
                  ).catch(() => undefined);
              }}
            >
              {t('burials.certify')}
            </button>
          ) : null}
          {b.status === 'open' || b.status === 'matched' ? (
            <BurialReasonAction
              id="dismiss"
              label="burials.dismiss"
              disabled={decide.pending}
              onSend={(reason) => run({ kind: 'dismiss', reason }, () => t('burials.status.dismissed'))}
            />
          ) : null}
          {b.status === 'certified' && cert?.status === 'active' ? (
            cert.issuedById === user.id ? (
              <p className="muted">{t('burials.annul.own')}</p>
            ) : (
              <BurialReasonAction
                id="annul"
                label="burials.annul"
                note="burials.annul.note"
                disabled={decide.pending}
                onSend={(reason) => run({ kind: 'annul', reason }, () => t('burials.status.matched'))}
              />
            )
          ) : null}
        </div>
      ) : null}
      <section className="stack" aria-labelledby="burial-candidates">
        <h2 id="burial-candidates">{t('burials.candidates')}</h2>
        <BurialCandidates
          candidates={d.candidates}
          matchedId={b.residentId}
          disabled={decide.pending}
          onMatch={
            may && (b.status === 'open' || b.status === 'matched')
              ? (c) =>
                  void run({ kind: 'match', residentId: c.residentId }, () =>
                    t('burials.matched', { name: c.fullName }),
                  ).catch(() => undefined)
              : undefined
          }
        />
      </section>
      {d.duplicates.length > 0 ? (
        <section className="stack" aria-labelledby="burial-duplicates">
          <h2 id="burial-duplicates">{t('burials.duplicates')}</h2>
          <ul>
            {d.duplicates.map((x) => (
              <li key={x.id}>
                <Link to={`/kematian/pemakaman/${x.id}`}>{x.fullName}</Link> — {x.cemeteryName} —{' '}
                {t(`burials.status.${x.status}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
