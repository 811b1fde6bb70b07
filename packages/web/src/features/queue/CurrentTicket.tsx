import type { QueueTicket } from '@sigap/contracts';
import { QUEUE_OUTCOMES, SERVICE_KINDS } from '@sigap/domain';
import { useState } from 'react';
import { ErrorAlert } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { counterNumbers } from './PointChooser';
import { finishTicket, ticketAction, transferTicket } from './queue.api';

/**
 * The ticket at this counter: recall, start, no-show (the server enforces the grace), transfer, and the
 * outcome buttons. `onFinished` gets the SKM link of the finished ticket.
 */
export function CurrentTicket({
  ticket,
  counters,
  services,
  onFinished,
}: {
  ticket: QueueTicket;
  counters: number;
  services: string[];
  onFinished: (label: string, outcome: string, skmPath: string) => void;
}) {
  const t = useT();
  const act = useApiMutation(ticketAction, [queryKeys.queue]);
  const finish = useApiMutation(finishTicket, [queryKeys.queue]);
  const transfer = useApiMutation(transferTicket, [queryKeys.queue]);
  const [nik, setNik] = useState('');
  const [to, setTo] = useState('');
  const error = act.error ?? finish.error ?? transfer.error;
  const quiet = () => undefined;
  return (
    <div className="queue-current" aria-live="polite">
      <p className="queue-slip-label" data-testid="current-label">
        {ticket.label}
      </p>
      <p>
        {t(`servicePoints.service.${ticket.service}`)} · {t(`queue.lane.${ticket.lane}`)} ·{' '}
        {t(`queue.status.${ticket.status}`)}
        {ticket.fullName ? ` · ${ticket.fullName}` : ''}
        {ticket.recalls > 0 ? ` · ${t('queue.counter.recalls', { n: ticket.recalls })}` : ''}
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      <div className="form-actions">
        {ticket.status === 'called' ? (
          <>
            <button
              type="button"
              className="button"
              onClick={() => act.run({ id: ticket.id, action: 'recall' }).catch(quiet)}
            >
              {t('queue.counter.recall')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => act.run({ id: ticket.id, action: 'start' }).catch(quiet)}
            >
              {t('queue.counter.start')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => act.run({ id: ticket.id, action: 'no-show' }).catch(quiet)}
            >
              {t('queue.counter.noShow')}
            </button>
          </>
        ) : null}
      </div>
      <div className="queue-transfer">
        <label htmlFor="transfer-to">{t('queue.counter.transferTo')}</label>
        <select id="transfer-to" value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">—</option>
          {counterNumbers(counters).map((n) => (
            <option key={`c${n}`} value={`c${n}`}>
              {t('queue.col.counter')} {n}
            </option>
          ))}
          {SERVICE_KINDS.filter((k) => services.includes(k) && k !== ticket.service).map((k) => (
            <option key={k} value={`s${k}`}>
              {t(`servicePoints.service.${k}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={to === ''}
          onClick={() => {
            const body = to.startsWith('c')
              ? { counterNo: Number(to.slice(1)) }
              : { service: to.slice(1) as (typeof SERVICE_KINDS)[number] };
            transfer.run({ id: ticket.id, body }).then(() => setTo(''), quiet);
          }}
        >
          {t('queue.counter.transfer')}
        </button>
      </div>
      <fieldset className="queue-outcomes">
        <legend>{t('queue.outcome.title')}</legend>
        {ticket.nik ? null : (
          <div className="field">
            <label htmlFor="outcome-nik">{t('queue.outcome.nik')}</label>
            <input
              id="outcome-nik"
              inputMode="numeric"
              value={nik}
              onChange={(e) => setNik(e.target.value)}
            />
          </div>
        )}
        <div className="form-actions">
          {QUEUE_OUTCOMES.map((o) => (
            <button
              key={o}
              type="button"
              className="button"
              disabled={finish.pending}
              onClick={() =>
                finish
                  .run({ id: ticket.id, body: { outcome: o, ...(nik.trim() ? { nik: nik.trim() } : {}) } })
                  .then((r) => {
                    setNik('');
                    onFinished(ticket.label, o, r.skmPath);
                  }, quiet)
              }
            >
              {t(`queue.outcome.${o}`)}
            </button>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
