import { INVITATION_KINDS, type InvitationReply } from '@sigap/contracts';
import { addDays, type ServiceKind } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { DateField } from '../../components/DateField';
import { FormField } from '../../components/FormField';
import { ErrorAlert, SuccessNote } from '../../components/Status';
import { downloadFile } from '../../lib/download';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { inviteResidents } from './bookings.api';

/** Invitations from the registry: who, which service, which days; then the letters and WhatsApp texts. */
export function InvitationPanel({
  pointId,
  today,
  services,
}: {
  pointId: number;
  today: string;
  services: ServiceKind[];
}) {
  const t = useT();
  const [kind, setKind] = useState<(typeof INVITATION_KINDS)[number]>('village');
  const [region, setRegion] = useState('');
  const [service, setService] = useState<ServiceKind>(services[0] ?? 'recording');
  const [from, setFrom] = useState(addDays(today, 1));
  const [to, setTo] = useState(addDays(today, 7));
  const [result, setResult] = useState<InvitationReply | null>(null);
  const [fileError, setFileError] = useState<unknown>(null);
  const invite = useApiMutation(
    (body: Parameters<typeof inviteResidents>[1], key: string) => inviteResidents(pointId, body, key),
    [queryKeys.bookings],
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite
      .run({ kind, region, service, from, to })
      .then(setResult)
      .catch(() => undefined);
  };
  return (
    <section className="booking-card stack">
      <h2>{t('bookings.invite.title')}</h2>
      <p className="muted">{t('bookings.invite.intro')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <FormField id="invite-kind" label={t('bookings.invite.kind')}>
          {(c) => (
            <select {...c} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
              {INVITATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`bookings.invite.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="invite-region" label={t('bookings.invite.region')} required>
          {(c) => (
            <input
              {...c}
              value={region}
              placeholder="18.71.01.1001"
              onChange={(e) => setRegion(e.target.value.trim())}
            />
          )}
        </FormField>
        <FormField id="invite-service" label={t('bookings.invite.service')}>
          {(c) => (
            <select {...c} value={service} onChange={(e) => setService(e.target.value as ServiceKind)}>
              {services.map((s) => (
                <option key={s} value={s}>
                  {t(`servicePoints.service.${s}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="invite-from" label={t('bookings.invite.from')}>
          {(c) => <DateField {...c} value={from} onChange={setFrom} min={today} />}
        </FormField>
        <FormField id="invite-to" label={t('bookings.invite.to')}>
          {(c) => <DateField {...c} value={to} onChange={setTo} min={from} />}
        </FormField>
        <button type="submit" className="button button-primary" disabled={invite.pending}>
          {t('bookings.invite.submit')}
        </button>
      </form>
      {invite.error ? <ErrorAlert error={invite.error} /> : null}
      {result ? (
        <div className="stack">
          <SuccessNote>
            {t('bookings.invite.done', { assigned: result.assigned, skipped: result.skipped })}
          </SuccessNote>
          <button
            type="button"
            className="button"
            onClick={() =>
              downloadFile(
                `/v1/bookings/points/${pointId}/invitations/${result.batchId}/letters.pdf`,
                `undangan-${result.batchId}.pdf`,
              ).catch(setFileError)
            }
          >
            {t('bookings.invite.letters')}
          </button>
          {fileError ? <ErrorAlert error={fileError} /> : null}
          <ul className="stack">
            {result.items.map((i) => (
              <li key={i.code}>
                <strong>{i.fullName}</strong> · {i.date} {i.start} · {i.queueLabel}
                <details>
                  <summary>{t('bookings.invite.copy')}</summary>
                  <pre className="wa-text">{i.whatsappText}</pre>
                </details>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
