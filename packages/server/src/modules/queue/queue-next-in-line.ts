import type { QueueRules } from '@sigap/contracts';
import { callOrder, officeTime, type RatioLane, ratioLaneOf } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { normalizeIndonesianPhone, queueMessage } from '../outbox';
import { toWaiting } from './queue.presenter';
import type { PointRow } from './queue.repository';
import { type HeadRow, lineHeads } from './queue-call.repository';
import { rulesOf } from './queue-rules';

/** The most tickets of each lane the choice reads: more than 20 counters calling in the same instant. */
export const HEADS_PER_LANE = 25;

/**
 * How many tickets of each lane a call reads: one more than the point has counters. Counters calling in
 * the same instant claim successive tickets of one order, so no more of them can be claimed before the
 * next read; a call that finds every one taken reads again. Each row read costs (a JavaScript object),
 * and most points have a few counters.
 */
export function headsPerLane(point: PointRow): number {
  return Math.min(HEADS_PER_LANE, Number(point.counters) + 1);
}

/**
 * The point's call order for a counter (0: any counter), from the heads of its lanes and the latest calls
 * (one read). `rules`: the point's, when the caller read them with the point (call-next); else read here.
 */
export async function callOrderAt(
  db: Kysely<Database>,
  point: PointRow,
  q: { date: string; counterNo: number; service?: string | undefined; now: Date },
  rules?: QueueRules,
): Promise<HeadRow[]> {
  const per = headsPerLane(point);
  const { heads, recentLanes } = await lineHeads(db, { pointId: point.id, ...q, per });
  if (heads.length === 0) return [];
  const ratio = (rules ?? (await rulesOf(db, point.id))).priorityRatio;
  const order = callOrder(
    heads.map(toWaiting),
    {
      nowTime: officeTime(point.region_code, q.now),
      recent: recentLanes.map(ratioLaneOf) as RatioLane[],
      ratio,
      counterNo: q.counterNo,
      service: q.service,
    },
    per,
  );
  const byId = new Map(heads.map((h) => [h.id, h]));
  return order.flatMap((w) => byId.get(w.id) ?? []);
}

/**
 * "You are next": the ticket first in line for any counter gets a message if it left a phone number, in
 * the transaction of the change that put it there. The idempotency key makes it once per ticket, however
 * often the line moves while it stays first.
 */
export async function tellNext(trx: Kysely<Database>, point: PointRow, head: HeadRow | undefined, now: Date) {
  if (!head?.phone || !normalizeIndonesianPhone(head.phone)) return;
  await queueMessage(
    trx,
    {
      kind: 'queue_next',
      recipientPhone: head.phone,
      regionCode: point.region_code,
      params: { label: head.label, office: point.name.slice(0, 100) },
      idempotencyKey: `queue:${head.id}:next`,
    },
    now,
  );
}

/** Finds who is first in line now (any counter) and tells them. */
export async function notifyNextInLine(
  trx: Kysely<Database>,
  point: PointRow,
  date: string,
  now: Date,
): Promise<void> {
  const [first] = await callOrderAt(trx, point, { date, counterNo: 0, now });
  await tellNext(trx, point, first, now);
}
