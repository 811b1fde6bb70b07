import type { BookingSlot, BookingSlotsReply } from '@sigap/contracts';
import { formatDateLong } from '@sigap/domain';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { bookingSlotsPath } from './bookings.api';

/** Slots with room over the next days, grouped by date: a grid of buttons with the seats left. */
export function SlotPicker({
  pointId,
  service,
  onPick,
  disabled,
}: {
  pointId: number;
  service: string;
  onPick: (slot: BookingSlot) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const slots = useApiGet<BookingSlotsReply>(queryKeys.bookings, bookingSlotsPath(pointId, service));
  if (slots.error) return <ErrorAlert error={slots.error} onRetry={slots.reload} />;
  if (!slots.data) return <Loading />;
  if (slots.data.slots.length === 0) return <EmptyState>{t('booking.slot.none', { days: 14 })}</EmptyState>;
  const byDate = new Map<string, BookingSlot[]>();
  for (const s of slots.data.slots) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
  return (
    <div className="stack">
      {[...byDate.entries()].map(([date, list]) => (
        <fieldset key={date} className="slot-day">
          <legend>{formatDateLong(date, locale)}</legend>
          <div className="toolbar">
            {list.map((s) => (
              <button
                key={s.start}
                type="button"
                className="button"
                disabled={disabled}
                aria-label={t('booking.slot.choose', {
                  start: s.start,
                  end: s.end,
                  date: formatDateLong(date, locale),
                })}
                data-testid={`slot-${date}-${s.start}`}
                onClick={() => onPick(s)}
              >
                {s.start}–{s.end} <span className="muted">({t('booking.slot.room', { n: s.free })})</span>
              </button>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
