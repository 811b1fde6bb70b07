import type { PublicBooking } from '@sigap/contracts';
import { formatDateLong } from '@sigap/domain';
import { useState } from 'react';
import { ErrorAlert } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { downloadInvitation } from './bookings.api';
import { QrImage } from './QrImage';

/** A booking as the resident keeps it: code, number, when and where, the QR, and the three ways to keep it. */
export function BookingResult({ booking, nik }: { booking: PublicBooking; nik: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [error, setError] = useState<unknown>(null);
  const code = `${booking.code.slice(0, 4)}-${booking.code.slice(4)}`;
  const save = (format: 'pdf' | 'ics') => {
    setError(null);
    downloadInvitation({ nik, code: booking.code, format }).catch(setError);
  };
  return (
    <div className="booking-card stack" data-testid="booking-result">
      <dl className="details details-compact">
        <dt>{t('booking.result.code')}</dt>
        <dd>
          <strong data-testid="booking-code">{code}</strong>
        </dd>
        <dt>{t('booking.result.queue')}</dt>
        <dd>
          <strong data-testid="booking-queue">{booking.queueLabel ?? '—'}</strong>
        </dd>
        <dt>{t('booking.result.when')}</dt>
        <dd>
          {formatDateLong(booking.date, locale)}, {booking.start}–{booking.end}
        </dd>
        <dt>{t('booking.result.where')}</dt>
        <dd>
          {booking.point.name}
          <br />
          <span className="muted">{booking.point.address}</span>
        </dd>
        <dt>{t('booking.lookup.status')}</dt>
        <dd>{t(`booking.status.${booking.status}`)}</dd>
      </dl>
      {booking.status === 'confirmed' ? (
        <>
          <QrImage value={booking.qr} label={t('booking.result.qr')} />
          <p className="muted">{t('booking.result.qr')}</p>
          <div className="toolbar">
            <button type="button" className="button button-primary" onClick={() => save('pdf')}>
              {t('booking.result.pdf')}
            </button>
            <button type="button" className="button" onClick={() => save('ics')}>
              {t('booking.result.ics')}
            </button>
            <a className="button" href={booking.whatsappLink} target="_blank" rel="noreferrer">
              {t('booking.result.wa')}
            </a>
          </div>
        </>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      <p className="muted">{t('booking.result.keep')}</p>
    </div>
  );
}
