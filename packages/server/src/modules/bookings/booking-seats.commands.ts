import type { Kysely } from 'kysely';
import { nanoid } from 'nanoid';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { answerInWrite, claimInWrite, type WriteClaim } from '../idempotency';
import { recordAttempt } from './booking-guards';
import { closeHold, expireHoldsOfSlot, insertHold, slotsWithDueHolds } from './booking-holds.repository';
import { releaseSeats, takeSeat } from './booking-slots.repository';

/**
 * Takes a seat of a slot; when the slot is full, first gives back the seats of its holds that have
 * expired (lazily, in the same transaction) and tries once more. False: the slot is really full.
 */
export async function takeSeatReclaiming(trx: Kysely<Database>, slotId: number, now: Date): Promise<boolean> {
  if (await takeSeat(trx, slotId)) return true;
  const expired = await expireHoldsOfSlot(trx, slotId, now.toISOString());
  if (expired === 0) return false;
  await releaseSeats(trx, slotId, expired);
  return takeSeat(trx, slotId);
}

/**
 * Holds a seat for `minutes` while the resident fills in the form: the attempt counted against the IP
 * (kept even when the slot turns out full), the seat and the hold in one transaction, with the request's
 * Idempotency-Key and the answer `reply` makes of the hold (idempotency-in-write.ts). A hold names no one,
 * so it has no audit entry (nothing personal was read or written). Answers the reply, or undefined when
 * the slot is full.
 */
export async function holdSeatCommand<R>(
  handle: Db,
  slotId: number,
  minutes: number,
  by: { ip: string; claim: WriteClaim | undefined },
  now: Date,
  reply: (held: { token: string; expiresAt: string }) => R,
): Promise<R | undefined> {
  // 144 random bits in the URL-safe alphabet, as base64url of 18 bytes was; nanoid draws from a pool the
  // CSPRNG fills in bulk (0.19 against 1.8 µs a token, measured).
  const token = nanoid(24);
  const expiresAt = new Date(now.getTime() + minutes * 60_000).toISOString();
  return handle.store.shortWrite(handle.db, async (trx) => {
    await claimInWrite(trx, by.claim);
    await recordAttempt(trx, 'hold_ip', by.ip, now);
    if (!(await takeSeatReclaiming(trx, slotId, now))) return undefined;
    await insertHold(trx, { token, slotId, expiresAt, createdAt: now.toISOString() });
    return answerInWrite(trx, by.claim, 201, reply({ token, expiresAt }));
  });
}

/** Ends a hold that ran out (or that its owner let go) and gives its seat back, once. */
export async function endHoldCommand(
  handle: Db,
  hold: { id: number; slot_id: number },
  to: 'expired' | 'released',
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    if (await closeHold(trx, hold.id, to)) await releaseSeats(trx, hold.slot_id, 1);
  });
}

/**
 * The sweep: every slot with overdue holds gets their seats back, one slot per transaction, each seat
 * once (the guarded status change decides which server frees it). Answers the seats given back.
 */
export async function sweepExpiredHolds(handle: Db, now: Date): Promise<number> {
  let freed = 0;
  for (const slotId of await slotsWithDueHolds(handle.db, now.toISOString())) {
    freed += await handle.db.transaction().execute(async (trx) => {
      const n = await expireHoldsOfSlot(trx, slotId, now.toISOString());
      await releaseSeats(trx, slotId, n);
      return n;
    });
  }
  return freed;
}
