import { nextTicket, officeTime, type RatioLane, ratioLaneOf } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { normalizeIndonesianPhone, queueMessage } from '../outbox';
import { toWaiting } from './queue.presenter';
import { listDayTickets, type PointRow, recentCallLanes } from './queue.repository';
import { rulesOf } from './queue-rules';

/**
 * "You are next": after any change to a point's line, the ticket now first in line (for any counter)
 * gets a message if it left a phone number, in the transaction of the change. The idempotency key makes
 * it once per ticket, however often the line moves while it stays first.
 */
export async function notifyNextInLine(
  trx: Kysely<Database>,
  point: PointRow,
  date: string,
  now: Date,
): Promise<void> {
  const waiting = await listDayTickets(trx, point.id, date, ['waiting']);
  if (waiting.length === 0) return;
  const rules = await rulesOf(trx, point.id);
  const recent = (await recentCallLanes(trx, point.id, date)).map((l) =>
    ratioLaneOf(l as 'booked' | 'priority' | 'walk_in'),
  ) as RatioLane[];
  const next = nextTicket(waiting.map(toWaiting), {
    nowTime: officeTime(point.region_code, now),
    recent,
    ratio: rules.priorityRatio,
    counterNo: 0,
  });
  const row = next && waiting.find((t) => t.id === next.id);
  if (!row?.phone || !normalizeIndonesianPhone(row.phone)) return;
  await queueMessage(
    trx,
    {
      kind: 'queue_next',
      recipientPhone: row.phone,
      regionCode: point.region_code,
      params: { label: row.label, office: point.name.slice(0, 100) },
      idempotencyKey: `queue:${row.id}:next`,
    },
    now,
  );
}
