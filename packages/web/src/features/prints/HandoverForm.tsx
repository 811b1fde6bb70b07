import type { HandoverBody } from '@sigap/contracts';
import { formatDateLong } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { ErrorAlert, SuccessNote } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { handOver } from './prints.api';

const RECEIVERS = ['resident', 'spouse', 'parent', 'child', 'sibling', 'other_family'] as const;

/** Penyerahan: who received the printed card (the resident or a family member, named) and when. */
export function HandoverForm({ residentId: given }: { residentId?: number }) {
  const t = useT();
  const { locale } = useLocale();
  const [residentId, setResidentId] = useState(given ? String(given) : '');
  const [receivedBy, setReceivedBy] = useState<HandoverBody['receivedBy']>('resident');
  const [receiverName, setReceiverName] = useState('');
  const [date, setDate] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const save = useApiMutation(handOver, [queryKeys.prints, queryKeys.dashboard]);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setDone(null);
    const r = await save
      .run({
        residentId: Number(residentId),
        receivedBy,
        ...(receivedBy === 'resident' ? {} : { receiverName }),
        ...(date ? { date } : {}),
      })
      .catch(() => null);
    if (r) setDone(r.handedOverOn);
  };
  return (
    <form className="stack" onSubmit={onSubmit} data-testid="handover-form">
      {given ? null : (
        <div className="field">
          <label htmlFor="handover-resident">{t('prints.handover.resident')}</label>
          <input
            id="handover-resident"
            inputMode="numeric"
            required
            value={residentId}
            onChange={(e) => setResidentId(e.target.value.replace(/\D/g, ''))}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor="handover-by">{t('prints.handover.receivedBy')}</label>
        <select
          id="handover-by"
          value={receivedBy}
          onChange={(e) => setReceivedBy(e.target.value as HandoverBody['receivedBy'])}
        >
          {RECEIVERS.map((r) => (
            <option key={r} value={r}>
              {t(`prints.handover.by.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {receivedBy === 'resident' ? null : (
        <div className="field">
          <label htmlFor="handover-name">{t('prints.handover.receiverName')}</label>
          <input
            id="handover-name"
            required
            maxLength={100}
            value={receiverName}
            onChange={(e) => setReceiverName(e.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor="handover-date">{t('prints.handover.date')}</label>
        <input id="handover-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {done ? (
        <SuccessNote>{t('prints.handover.done', { date: formatDateLong(done, locale) })}</SuccessNote>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.pending}>
          {t('prints.handover.save')}
        </button>
      </div>
    </form>
  );
}
