import { addDays, formatDateLong, officeToday } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { enqueueJob, type JobHandlers } from '../jobs';
import { queueMessage } from '../outbox';
import { loadPointPlan } from '../service-points';
import { deleteAttemptsBefore } from './booking-attempts.repository';
import { insertBookingEvent } from './booking-confirm.repository';
import { sweepExpiredHolds } from './booking-seats.commands';
import { bookingsToRemind, markReminded } from './bookings.repository';

export const REMIND_JOB = 'booking.remind';

/**
 * The reminders of the day before: every confirmed booking with a phone whose date is tomorrow on its
 * point's clock gets a `booking_reminder` message in the outbox, its `reminded` event and `reminded_at`,
 * in one transaction. The guarded mark and the message's idempotency key make a resumed or doubled run
 * send nothing twice.
 */
export async function sendDueReminders(handle: Db, now: Date): Promise<number> {
  const today = officeToday('ID', now);
  // A day either side covers every zone's "tomorrow"; each booking is then judged on its own clock.
  const rows = await bookingsToRemind(handle.db, today, addDays(today, 2));
  let sent = 0;
  for (const b of rows) {
    if (b.date !== addDays(officeToday(b.region_code, now), 1) || !b.phone) continue;
    const point = await loadPointPlan(handle.db, Number(b.service_point_id), b.date, b.date);
    const at = now.toISOString();
    const done = await handle.db.transaction().execute(async (trx) => {
      if (!(await markReminded(trx, b.id, at))) return false;
      await queueMessage(
        trx,
        {
          kind: 'booking_reminder',
          recipientPhone: b.phone ?? '',
          regionCode: b.region_code,
          params: {
            name: b.full_name,
            office: (point?.point.name ?? 'kantor layanan').slice(0, 100),
            date: formatDateLong(b.date),
            time: b.slot_start,
          },
          idempotencyKey: `booking:${b.id}:reminder:${b.date}`,
        },
        now,
      );
      await insertBookingEvent(trx, { bookingId: b.id, event: 'reminded', actorId: null, details: null, at });
      return true;
    });
    if (done) sent++;
  }
  return sent;
}

export const bookingJobHandlers: JobHandlers = {
  [REMIND_JOB]: async (_payload, ctx) => {
    await sendDueReminders(ctx.handle, ctx.now());
  },
};

/** Enqueues the reminder run of this hour (once per hour, whichever instance comes first). */
export async function enqueueReminderRun(handle: Db, now: Date): Promise<boolean> {
  const hour = now.toISOString().slice(0, 13);
  const id = await handle.db
    .transaction()
    .execute((trx) =>
      enqueueJob(
        trx,
        { kind: REMIND_JOB, payload: {}, dedupeKey: `${REMIND_JOB}:${hour}`, maxAttempts: 3 },
        now,
      ),
    );
  return id !== null;
}

interface SchedulerLog {
  error(obj: object, msg: string): void;
}

/**
 * Every minute: gives expired holds their seats back, forgets abuse counts older than two days, and
 * enqueues the hour's reminder run. Every step is safe on several instances at once (guarded updates,
 * a deduped job). The timer is unref'd. Returns a stop function.
 */
export function startBookingScheduler(
  handle: Db,
  log: SchedulerLog,
  wake: () => void,
  tickMs = 60_000,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = new Date();
      await sweepExpiredHolds(handle, now);
      await deleteAttemptsBefore(handle.db, new Date(now.getTime() - 2 * 86_400_000).toISOString());
      if (await enqueueReminderRun(handle, now)) wake();
    } catch (err) {
      log.error({ err }, 'booking scheduler pass failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), tickMs);
  timer.unref();
  return () => clearInterval(timer);
}
