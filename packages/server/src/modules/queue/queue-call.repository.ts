import { type Kysely, sql } from 'kysely';
import type { EngineStore } from '../../db/engine/engine-store';
import { type Param, preparedQuery } from '../../db/prepared-query';
import type { Database } from '../../db/schema';
import type { TicketRow } from './queue.repository';

/**
 * Call-next's statements (issue 12: 20 counters calling at once, p95 under 50 ms). Each is one round trip
 * and reads its rows from an index of migration 0037: the point with its rules, the heads of the lines
 * with the latest calls, the claim.
 */

/** The columns the choice of the next ticket and its "you are next" message read. */
const HEAD_COLUMNS = [
  'id',
  'lane',
  'window_start',
  'number',
  'counter_no',
  'service',
  'phone',
  'label',
] as const;
/** A waiting ticket as the choice reads it; `queued`: when it (last) joined the line. */
export type HeadRow = Pick<TicketRow, (typeof HEAD_COLUMNS)[number]> & { queued: string };

/** How many latest calls the ratio looks back on. */
const RECENT_CALLS = 20;

const pointWithRulesStatement = preparedQuery((db, param: Param<{ id: number }>) =>
  db
    .selectFrom('service_points as p')
    .leftJoin('queue_rules as r', 'r.service_point_id', 'p.id')
    .select(['p.id', 'p.region_code', 'p.name', 'p.counters', 'p.services', 'p.active'])
    .select(['r.walk_in_daily_cap', 'r.ratio_priority', 'r.ratio_normal', 'r.no_show_grace_minutes'])
    .where('p.id', '=', param('id')),
);

/** The point and its queue rules (null columns: the point has none of its own), in one read. */
export async function findPointWithRules(db: Kysely<Database>, id: number) {
  return (await db.executeQuery(pointWithRulesStatement(db, { id }))).rows[0];
}
export type PointWithRulesRow = NonNullable<Awaited<ReturnType<typeof findPointWithRules>>>;

export interface LineHeads {
  /** Waiting tickets: each line's first `per`, lines in the order below. */
  heads: HeadRow[];
  /** Lanes of the day's latest calls at the point, most recent first. */
  recentLanes: TicketRow['lane'][];
}

interface HeadsQuery extends Record<string, unknown> {
  pointId: number;
  date: string;
  counterNo: number;
  service?: string | undefined;
  per: number;
}

/**
 * Built once per engine, with or without the service filter and per count a lane: see `preparedQuery`.
 * The statuses and lanes are literals, not parameters: SQLite plans a statement again at every run when a
 * parameter it compared with a partial index's predicate (`status = 'waiting'`) is bound anew. One row
 * read of a lane's head took 15.5 µs with them bound, 2.5 µs with them written in. Each row carries only
 * what the choice reads (every value a row brings is a JavaScript value to make); the latest calls bring
 * their lane alone.
 */
const headsStatement = preparedQuery(
  (db, param: Param<HeadsQuery>, q: HeadsQuery) => {
    // Written exactly as in the indexes of migration 0037, which the engines match by their text.
    const queued = sql<string>`coalesce(queued_at, issued_at)`;
    const day = (part: number) =>
      db
        .selectFrom('queue_tickets')
        .select(sql<number>`${sql.lit(part)}`.as('part'))
        .where('service_point_id', '=', param('pointId'))
        .where('date', '=', param('date'));
    const waiting = (part: number) => {
      const b = day(part)
        .select(HEAD_COLUMNS)
        .select(queued.as('queued'))
        .where('status', '=', sql.lit('waiting'));
      return q.service === undefined ? b : b.where('service', '=', param('service') as TicketRow['service']);
    };
    // One order for every free lane, the index's: `window_start` is null outside the booked lane.
    const free = (part: number, lane: TicketRow['lane']) =>
      waiting(part)
        .where('counter_no', 'is', null)
        .where('lane', '=', sql.lit(lane))
        .orderBy('window_start')
        .orderBy(queued)
        .orderBy('number')
        .limit(q.per);
    // Null, typed as the column: PostgreSQL types a bare null of a derived table as text, which a union
    // cannot match with an integer.
    const nullOf = (column: string) => sql`case when 1 = 0 then ${sql.ref(column)} end`;
    const parts = [
      waiting(0).where('counter_no', '=', param('counterNo')).orderBy(queued).orderBy('number').limit(q.per),
      free(1, 'priority'),
      free(2, 'walk_in'),
      free(3, 'booked'),
      day(4)
        .select(['id', 'lane'])
        .select(HEAD_COLUMNS.slice(2).map((c) => nullOf(c).as(c)))
        .select(nullOf('issued_at').as('queued'))
        .where('called_at', 'is not', null)
        .orderBy('called_at', 'desc')
        .orderBy('id', 'desc')
        .limit(RECENT_CALLS),
    ].map((part, i) => db.selectFrom(part.as(`p${i}`)).selectAll());
    return parts.reduce((all, part) => all.unionAll(part));
  },
  // The limit is in the text on SQLite (engine/sqlite-fifo-dialect.ts): one statement per count.
  (q) => `${q.service === undefined ? 'any service' : 'one service'}, ${q.per} a lane`,
);

/**
 * The first `per` waiting tickets of each line a counter draws from: those transferred to it, then the
 * priority, walk-in and booked lanes (tickets transferred to another counter left out), each in its own
 * order; and the lanes of the day's latest calls. The choice only ever takes a lane's head, so these few
 * rows decide as the whole line would. One statement (one round trip, one snapshot): each part is a
 * sub-select with its own order and limit, read from the partial indexes of migration 0037, tagged with
 * its `part` (0–3 the lines, 4 the latest calls).
 */
export async function lineHeads(db: Kysely<Database>, q: HeadsQuery): Promise<LineHeads> {
  const { rows } = await db.executeQuery(headsStatement(db, q));
  const heads: HeadRow[] = [];
  const recentLanes: TicketRow['lane'][] = [];
  // Parts 0–3 are whole heads; part 4's rows hold a lane alone (the union types them all loosely).
  for (const { part, ...row } of rows as (HeadRow & { part: number })[]) {
    if (Number(part) === 4) recentLanes.push(row.lane);
    else heads.push(row);
  }
  return { heads, recentLanes };
}

/**
 * Claims the first of `ids` (in that order) still waiting and not being claimed by another counter right
 * now, and moves it with `patch`; the moved row, or undefined when none is left. One statement: the
 * update's inner select takes the first waiting row of `ids` in their order, skipping a row another
 * transaction has locked on PostgreSQL instead of waiting for it (`skipLockedRows`), so counters calling
 * at once take successive tickets without queueing behind each other or trying the taken ones one by one;
 * the update stays guarded on `waiting`.
 */
export async function claimFirstWaiting(
  db: Kysely<Database>,
  store: EngineStore,
  ids: readonly number[],
  call: CallPatch,
): Promise<TicketRow | undefined> {
  if (ids.length === 0) return undefined;
  const { rows } = await db.executeQuery(claimStatement(db, { ...call, ids, store }));
  return rows[0];
}

/** Who calls the ticket: its counter, when, the user (null: the system). */
export interface CallPatch extends Record<string, unknown> {
  counterNo: number;
  calledAt: string;
  servedBy: number | null;
}

/**
 * Built once per engine and number of ids: see `preparedQuery`. The statuses are literals for the reason
 * the heads' are (SQLite would plan the statement again on every call): 96 → 66 µs a claim.
 */
const claimStatement = preparedQuery(
  (db, param: Param<CallPatch & { ids: readonly number[]; store: EngineStore }>, q) => {
    // The position in `ids` as literal integers: a parameter there would be typed text on PostgreSQL.
    const rank = sql`case ${sql.ref('id')} ${sql.join(
      q.ids.map((_, i) => sql`when ${param('ids', i)} then ${sql.lit(i)}`),
      sql` `,
    )} end`;
    return db
      .updateTable('queue_tickets')
      .set({
        status: sql.lit('called'),
        counter_no: param('counterNo'),
        called_at: param('calledAt'),
        served_by: param('servedBy'),
      })
      .where('id', '=', (eb) =>
        q.store.skipLockedRows(
          eb
            .selectFrom('queue_tickets')
            .select('id')
            .where(
              'id',
              'in',
              q.ids.map((_, i) => param('ids', i)),
            )
            .where('status', '=', sql.lit('waiting'))
            .orderBy(rank)
            .limit(1),
        ),
      )
      .where('status', '=', sql.lit('waiting'))
      .returningAll();
  },
  // The engine is the cache's (its dialect); the store only adds its locking clause.
  (q) => String(q.ids.length),
);
