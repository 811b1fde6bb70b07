import type { BookingSlot, PublicBooking } from '@sigap/contracts';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { FormField } from '../../components/FormField';
import { ErrorAlert, SuccessNote } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useDocumentTitle } from '../../lib/use-document-title';
import { BookingResult } from './BookingResult';
import { BookingShell } from './BookingShell';
import './bookings.css';
import { cancelBooking, holdSlot, lookupBooking, rescheduleBooking } from './bookings.api';
import { SlotPicker } from './SlotPicker';

/** Look up a booking with NIK and code; cancel it or move it (a missed one once) to a slot with room. */
export function BookingLookupPage() {
  const t = useT();
  useDocumentTitle(t('booking.lookup.title'));
  const [nik, setNik] = useState('');
  const [code, setCode] = useState('');
  const [booking, setBooking] = useState<PublicBooking | null>(null);
  const [moving, setMoving] = useState(false);
  const [moved, setMoved] = useState(false);
  const look = useApiMutation((v: { nik: string; code: string }) => lookupBooking(v));
  const cancel = useApiMutation(cancelBooking, [queryKeys.bookings]);
  const hold = useApiMutation(holdSlot, [queryKeys.bookings]);
  const move = useApiMutation(rescheduleBooking, [queryKeys.bookings]);
  const error = look.error ?? cancel.error ?? hold.error ?? move.error;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMoved(false);
    look
      .run({ nik, code })
      .then((r) => setBooking(r.booking))
      .catch(() => undefined);
  };
  const doCancel = () => {
    if (!booking || !window.confirm(t('booking.lookup.cancelConfirm'))) return;
    cancel
      .run({ nik, code: booking.code })
      .then((r) => setBooking(r.booking))
      .catch(() => undefined);
  };
  const pick = async (s: BookingSlot) => {
    if (!booking) return;
    try {
      const h = await hold.run({
        pointId: booking.point.id,
        service: booking.service,
        date: s.date,
        start: s.start,
      });
      const r = await move.run({ nik, code: booking.code, token: h.token });
      setBooking(r.booking);
      setMoving(false);
      setMoved(true);
    } catch {
      // shown through the mutation's error
    }
  };
  return (
    <BookingShell>
      <section className="page">
        <header className="page-header">
          <h1>{t('booking.lookup.title')}</h1>
          <p className="muted">{t('booking.lookup.intro')}</p>
          <p>
            <Link to="/booking">{t('booking.back')}</Link>
          </p>
        </header>
        <form className="booking-card stack" onSubmit={submit} noValidate>
          <FormField id="lookup-nik" label={t('booking.form.nik')} required>
            {(c) => <input {...c} inputMode="numeric" value={nik} onChange={(e) => setNik(e.target.value)} />}
          </FormField>
          <FormField id="lookup-code" label={t('booking.lookup.code')} required>
            {(c) => (
              <input
                {...c}
                autoCapitalize="characters"
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            )}
          </FormField>
          <button type="submit" className="button button-primary" disabled={look.pending}>
            {t('booking.lookup.submit')}
          </button>
        </form>
        {error ? <ErrorAlert error={error} /> : null}
        {moved ? <SuccessNote>{t('booking.lookup.moved')}</SuccessNote> : null}
        {booking ? (
          <div className="stack">
            <BookingResult booking={booking} nik={nik} />
            <div className="toolbar">
              {booking.canReschedule ? (
                <button type="button" className="button" onClick={() => setMoving(!moving)}>
                  {t('booking.lookup.reschedule')}
                </button>
              ) : null}
              {booking.canCancel ? (
                <button
                  type="button"
                  className="button button-danger"
                  onClick={doCancel}
                  disabled={cancel.pending}
                >
                  {t('booking.lookup.cancel')}
                </button>
              ) : null}
            </div>
            {!booking.canCancel && !booking.canReschedule ? (
              <p className="muted">{t('booking.lookup.noChange')}</p>
            ) : null}
            {moving ? (
              <section className="stack">
                <p className="muted">{t('booking.lookup.rescheduleHint')}</p>
                <SlotPicker
                  pointId={booking.point.id}
                  service={booking.service}
                  onPick={pick}
                  disabled={hold.pending || move.pending}
                />
              </section>
            ) : null}
          </div>
        ) : null}
      </section>
    </BookingShell>
  );
}
