import type { HoldReply, PublicBooking } from '@sigap/contracts';
import { formatDateLong } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { FormField } from '../../components/FormField';
import { ErrorAlert } from '../../components/Status';
import { fieldErrors } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { confirmBooking, releaseHold } from './bookings.api';
import { mmss, useCountdown } from './HoldCountdown';

/** NIK, name and phone while the chosen slot is held, with the time left; the server checks the registry. */
export function BookingForm({
  hold,
  onDone,
  onBack,
}: {
  hold: HoldReply;
  onDone: (b: PublicBooking, nik: string) => void;
  onBack: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [nik, setNik] = useState('');
  const [fullName, setFullName] = useState('');
  const [phone, setPhone] = useState('');
  const [expired, setExpired] = useState(false);
  const left = useCountdown(hold.expiresAt, () => setExpired(true));
  const confirm = useApiMutation(confirmBooking, [queryKeys.bookings]);
  const release = useApiMutation(releaseHold, [queryKeys.bookings]);
  // Choosing another time gives this seat back now rather than when the hold runs out.
  const back = () => {
    release.run({ token: hold.token }).catch(() => undefined);
    onBack();
  };
  const errors = fieldErrors(confirm.error, locale);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm
      .run({ token: hold.token, nik, fullName, phone })
      .then((r) => onDone(r.booking, nik))
      .catch(() => undefined);
  };
  return (
    <form className="booking-card stack" onSubmit={submit} noValidate>
      <p className={expired ? 'alert alert-info' : 'muted'} role="status" data-testid="hold-countdown">
        {expired
          ? t('booking.hold.expired')
          : t('booking.hold.countdown', {
              start: hold.start,
              date: formatDateLong(hold.date, locale),
              left: mmss(left),
            })}
      </p>
      <FormField id="booking-nik" label={t('booking.form.nik')} error={errors.nik} required>
        {(c) => (
          <input
            {...c}
            inputMode="numeric"
            autoComplete="off"
            value={nik}
            onChange={(e) => setNik(e.target.value)}
          />
        )}
      </FormField>
      <FormField id="booking-name" label={t('booking.form.name')} error={errors.fullName} required>
        {(c) => (
          <input {...c} autoComplete="name" value={fullName} onChange={(e) => setFullName(e.target.value)} />
        )}
      </FormField>
      <FormField id="booking-phone" label={t('booking.form.phone')} error={errors.phone} required>
        {(c) => (
          <input
            {...c}
            type="tel"
            autoComplete="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
        )}
      </FormField>
      {confirm.error ? <ErrorAlert error={confirm.error} /> : null}
      <div className="toolbar">
        <button type="submit" className="button button-primary" disabled={confirm.pending || expired}>
          {confirm.pending ? t('booking.form.submitting') : t('booking.form.submit')}
        </button>
        <button type="button" className="button" onClick={back}>
          {t('booking.form.back')}
        </button>
      </div>
    </form>
  );
}
