import type {
  BookingPointList,
  BookingSlot,
  BookingSlotsReply,
  HoldReply,
  PublicBooking,
} from '@sigap/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert, Loading } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { BookingForm } from './BookingForm';
import { BookingResult } from './BookingResult';
import { BookingShell } from './BookingShell';
import './bookings.css';
import { BOOKING_POINTS_PATH, bookingSlotsPath, holdSlot } from './bookings.api';
import { SlotPicker } from './SlotPicker';

/**
 * Online booking without login, phone first: point → service → a slot with room → the form while the slot
 * is held → the result with code, queue number, QR and the PDF, calendar and WhatsApp buttons.
 */
export function BookingPage() {
  const t = useT();
  useDocumentTitle(t('booking.title'));
  const points = useApiGet<BookingPointList>(queryKeys.bookings, BOOKING_POINTS_PATH);
  const [pointId, setPointId] = useState<number | null>(null);
  const [service, setService] = useState<string | null>(null);
  const [hold, setHold] = useState<HoldReply | null>(null);
  const [done, setDone] = useState<{ booking: PublicBooking; nik: string } | null>(null);
  const take = useApiMutation(holdSlot, [queryKeys.bookings]);
  const point = points.data?.items.find((p) => p.id === pointId);
  // The same query as the slot grid's (shared cache): the point's own hold time, 10 minutes by default.
  const slots = useApiGet<BookingSlotsReply>(
    queryKeys.bookings,
    point && service ? bookingSlotsPath(point.id, service) : null,
  );
  const holdMinutes = slots.data?.holdMinutes ?? 10;
  const pick = (s: BookingSlot) => {
    if (!pointId || !service) return;
    take
      .run({ pointId, service: service as HoldReply['service'], date: s.date, start: s.start })
      .then(setHold)
      .catch(() => undefined);
  };

  return (
    <BookingShell>
      <section className="page">
        <header className="page-header">
          <h1>{done ? t('booking.result.title') : t('booking.title')}</h1>
          {!done ? <p className="muted">{t('booking.intro', { minutes: holdMinutes })}</p> : null}
          <p>
            <Link to="/booking/cek">{t('booking.lookup.link')}</Link>
          </p>
        </header>
        {done ? <BookingResult booking={done.booking} nik={done.nik} /> : null}
        {!done && hold ? (
          <BookingForm
            hold={hold}
            onDone={(booking, nik) => setDone({ booking, nik })}
            onBack={() => setHold(null)}
          />
        ) : null}
        {!done && !hold ? (
          <div className="stack">
            {points.error ? <ErrorAlert error={points.error} onRetry={points.reload} /> : null}
            {!points.data && !points.error ? <Loading /> : null}
            {points.data ? (
              <div className="field">
                <label htmlFor="booking-point">{t('booking.step.point')}</label>
                <select
                  id="booking-point"
                  value={pointId ?? ''}
                  onChange={(e) => {
                    setPointId(e.target.value ? Number(e.target.value) : null);
                    setService(null);
                  }}
                >
                  <option value="">{t('booking.point.choose')}</option>
                  {points.data.items.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                      {p.regionName ? ` — ${p.regionName}` : ''}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {point ? (
              <fieldset>
                <legend>{t('booking.step.service')}</legend>
                <div className="toolbar">
                  {point.services.map((s) => (
                    <label key={s} className="radio">
                      <input
                        type="radio"
                        name="booking-service"
                        value={s}
                        checked={service === s}
                        onChange={() => setService(s)}
                      />{' '}
                      {t(`servicePoints.service.${s}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : null}
            {point && service ? (
              <section className="stack">
                <h2>{t('booking.step.slot')}</h2>
                {take.error ? <ErrorAlert error={take.error} /> : null}
                <SlotPicker pointId={point.id} service={service} onPick={pick} disabled={take.pending} />
              </section>
            ) : null}
          </div>
        ) : null}
      </section>
    </BookingShell>
  );
}
