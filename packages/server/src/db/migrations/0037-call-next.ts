import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect';

/**
 * Call-next with twenty counters calling at once (issue 12): its reads from indexes, and on PostgreSQL the
 * audit entry appended in one round trip.
 *
 * Its reads, each a range read in the order the statement
 * asks for, instead of every waiting ticket of the day sorted again per lane and per call:
 *
 * - `queue_tickets_free_heads`: the lanes of a point's day that any counter draws from (priority, walk-in,
 *   booked), each in call order: the booked slot's window (null outside the booked lane), when the ticket
 *   joined the line, its number. Partial on waiting tickets no counter has been handed: the lines alone.
 *   `counter_no is null` is in the predicate, not a column: PostgreSQL orders by the columns after an
 *   equality, not after an `is null`.
 * - `queue_tickets_transferred`: tickets handed to one counter by a transfer (few; partial likewise).
 * - `queue_tickets_calls`: a day's calls at a point, latest first (the lanes the ratio looks back on).
 *
 * The expression `coalesce(queued_at, issued_at)` is written exactly as the heads' statement writes it:
 * both engines use an expression index only for the same expression.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await sql`create index queue_tickets_free_heads on queue_tickets
    (service_point_id, date, lane, window_start, (coalesce(queued_at, issued_at)), number)
    where status = 'waiting' and counter_no is null`.execute(db);
  await sql`create index queue_tickets_transferred on queue_tickets (service_point_id, date, counter_no)
    where status = 'waiting' and counter_no is not null`.execute(db);
  await sql`create index queue_tickets_calls on queue_tickets (service_point_id, date, called_at, id)
    where called_at is not null`.execute(db);
  if (engine === 'postgres') await createAppendAudit(db);
}

/**
 * `sigap_append_audit`: takes the audit chain's advisory lock (held until the transaction ends), reads
 * the last entry's hash and inserts the new entry linked to it, in one call (db/engine/audit-append.ts).
 * The function is volatile, so its select takes a snapshot of its own after the lock is granted and sees
 * the entry of the appender that held it. The hash is modules/audit/audit-hash.ts's, in SQL: sha256 of
 * the previous hash, a newline and the canonical fields (UTF-8), in hex; the chain walk checks it in
 * JavaScript.
 */
async function createAppendAudit(db: Kysely<unknown>): Promise<void> {
  await sql`create function sigap_append_audit(
      lock_key bigint, p_at timestamptz, p_user_id bigint, p_username text, p_action text, p_entity text,
      p_entity_id text, p_region_code text, p_summary text, p_ip text, p_canonical text, p_genesis text)
    returns bigint language plpgsql volatile as $$
    declare
      prev text;
      new_id bigint;
    begin
      perform pg_advisory_xact_lock(lock_key);
      select hash into prev from audit_log order by id desc limit 1;
      prev := coalesce(prev, p_genesis);
      insert into audit_log
        (at, user_id, username, action, entity, entity_id, region_code, summary, ip, prev_hash, hash)
      values (p_at, p_user_id, p_username, p_action, p_entity, p_entity_id, p_region_code, p_summary, p_ip,
        prev, encode(sha256(convert_to(prev || chr(10) || p_canonical, 'UTF8')), 'hex'))
      returning id into new_id;
      return new_id;
    end
    $$`.execute(db);
}
