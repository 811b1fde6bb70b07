import { type Kysely, sql } from 'kysely';

/**
 * Call-next's reads (issue 12, 20 counters calling at once), each a range read in the order the statement
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
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index queue_tickets_free_heads on queue_tickets
    (service_point_id, date, lane, window_start, (coalesce(queued_at, issued_at)), number)
    where status = 'waiting' and counter_no is null`.execute(db);
  await sql`create index queue_tickets_transferred on queue_tickets (service_point_id, date, counter_no)
    where status = 'waiting' and counter_no is not null`.execute(db);
  await sql`create index queue_tickets_calls on queue_tickets (service_point_id, date, called_at, id)
    where called_at is not null`.execute(db);
}
