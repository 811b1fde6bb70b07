import type { QueueTicket } from '@sigap/contracts';
import { formatDateLong } from '@sigap/domain';
import { lazy, Suspense, useCallback, useState } from 'react';
import { ErrorAlert, Loading, SuccessNote } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useDocumentTitle } from '../../lib/use-document-title';
import { IssueTicketForm } from './IssueTicketForm';
import { PointChooser, usePointChoice } from './PointChooser';
import { checkInBooking } from './queue.api';

// The QR reader (jsQR, ~130 kB) loads only when the camera is opened: typing the code needs none of it.
const QrScanner = lazy(() => import('./QrScanner').then((m) => ({ default: m.QrScanner })));

/** "Pintu masuk", phone-first: issue a walk-in ticket (printable) or check a booking in by code or QR. */
export function EntrancePage() {
  const t = useT();
  useDocumentTitle(t('queue.entrance.title'));
  const choice = usePointChoice();
  const [ticket, setTicket] = useState<QueueTicket>();
  const point = choice.points?.find((p) => p.id === choice.pointId);
  return (
    <section className="page page-narrow">
      <header className="page-header no-print">
        <h1>{t('queue.entrance.title')}</h1>
      </header>
      <div className="no-print">
        <PointChooser choice={choice} />
      </div>
      {ticket ? <TicketSlip ticket={ticket} pointName={point?.name ?? ''} /> : null}
      {point ? (
        <div className="no-print">
          <CheckIn pointId={point.id} onCheckedIn={setTicket} />
          <IssueTicketForm pointId={point.id} services={Object.keys(point.services)} onIssued={setTicket} />
        </div>
      ) : null}
    </section>
  );
}

/** The ticket as the resident keeps it; "Cetak" prints only this slip (print styles hide the rest). */
function TicketSlip({ ticket, pointName }: { ticket: QueueTicket; pointName: string }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="queue-slip" aria-live="polite">
      <SuccessNote>{t('queue.ticket.issued', { label: ticket.label })}</SuccessNote>
      <p className="queue-slip-point">{pointName}</p>
      <p className="queue-slip-label" data-testid="ticket-label">
        {ticket.label}
      </p>
      <p>
        {t(`servicePoints.service.${ticket.service}`)} · {t(`queue.lane.${ticket.lane}`)}
        {ticket.priorityReason ? ` (${t(`queue.reason.${ticket.priorityReason}`)})` : ''}
      </p>
      <p className="muted">{formatDateLong(ticket.date, locale)}</p>
      <p className="muted">{t('queue.ticket.keep')}</p>
      <button type="button" className="button no-print" onClick={() => window.print()}>
        {t('queue.ticket.print')}
      </button>
    </div>
  );
}

function CheckIn({ pointId, onCheckedIn }: { pointId: number; onCheckedIn: (t: QueueTicket) => void }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [scanning, setScanning] = useState(false);
  const checkIn = useApiMutation(checkInBooking, [queryKeys.queue]);
  const { run } = checkIn;
  const send = useCallback(
    (value: string) => {
      run({ pointId, body: { code: value } })
        .then((r) => {
          setCode('');
          onCheckedIn(r.ticket);
        })
        .catch(() => undefined);
    },
    [run, pointId, onCheckedIn],
  );
  const onRead = useCallback(
    (text: string) => {
      setScanning(false);
      setCode(text);
      send(text);
    },
    [send],
  );
  return (
    <form
      aria-labelledby="checkin-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (code.trim()) send(code);
      }}
    >
      <h2 id="checkin-title">{t('queue.checkIn.title')}</h2>
      {checkIn.error ? <ErrorAlert error={checkIn.error} /> : null}
      <div className="field">
        <label htmlFor="checkin-code">{t('queue.checkIn.code')}</label>
        <input
          id="checkin-code"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          aria-describedby="checkin-hint"
          onChange={(e) => setCode(e.target.value)}
        />
        <p id="checkin-hint" className="field-hint">
          {t('queue.checkIn.hint')}
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={checkIn.pending}>
          {t('queue.checkIn.submit')}
        </button>
        <button type="button" className="button" onClick={() => setScanning((s) => !s)}>
          {scanning ? t('queue.checkIn.stop') : t('queue.checkIn.scan')}
        </button>
      </div>
      {scanning ? (
        <Suspense fallback={<Loading />}>
          <QrScanner onRead={onRead} />
        </Suspense>
      ) : null}
    </form>
  );
}
