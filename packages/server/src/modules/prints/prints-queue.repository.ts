import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { isVoterOn, mustHoldIdOn } from '../../db/eligibility-filter';
import type { EngineStore } from '../../db/engine/engine-store';
import type { Database } from '../../db/schema';
import { withinRegion } from '../../db/scope-filter';

export interface QueueFilter {
  office: string;
  /** The office's today: only residents who must hold an e-KTP on it are listed (the counters' rule). */
  today: string;
  /** The next election's voting day concerning the office; its voters come first. */
  votingDay: string | null;
  district?: string | undefined;
  village?: string | undefined;
  q?: string | undefined;
}

/** PRR residents of the office's area not yet printed who must hold an e-KTP today, with the filters. */
function waiting(db: Kysely<Database>, f: QueueFilter) {
  let q = db
    .selectFrom('residents as r')
    .where(withinRegion('r.village_code', f.office))
    .where('r.recording_status', '=', 'PRINT_READY_RECORD')
    .where('r.print_status', '=', 'NOT_PRINTED')
    .where(mustHoldIdOn(f.today));
  if (f.district) q = q.where(withinRegion('r.village_code', f.district));
  if (f.village) q = q.where('r.village_code', '=', f.village);
  const term = f.q?.toLowerCase().replace(/[\\%_]/g, '');
  if (term && /^\d+$/.test(term)) q = q.where('r.nik', 'like', `${term}%`);
  else if (term) q = q.where(sql`lower(r.full_name)`, 'like', `%${term}%`);
  return q;
}

export async function queueTotal(db: Kysely<Database>, f: QueueFilter): Promise<number> {
  const r = await waiting(db, f).select(sql<string>`count(*)`.as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}

/**
 * One page of the queue in priority order, ordered and paged by the database: voters of the next
 * election first, then by district (the village's parent), then the longest waiting (the latest move to
 * PRINT_READY_RECORD in the history, else the recording date; unknown last), then id.
 */
export function queuePage(
  db: Kysely<Database>,
  store: EngineStore,
  f: QueueFilter,
  page: { limit: number; offset: number },
) {
  const voter =
    f.votingDay === null
      ? sql<number>`0`
      : sql<number>`case when ${isVoterOn(f.votingDay)} then 1 else 0 end`;
  const rows = waiting(db, f)
    .leftJoin('regions as v', 'v.code', 'r.village_code')
    .select(['r.id', 'r.nik', 'r.full_name', 'r.village_code', 'r.phone', 'r.recording_date'])
    .select('v.name as village_name')
    .select(sql<string>`coalesce(v.parent_code, substr(r.village_code, 1, 8))`.as('district_code'))
    .select(voter.as('voter'))
    .select((eb) =>
      eb
        .selectFrom('resident_history as h')
        .select(
          sql<string>`max(coalesce(cast(h.event_date as text), ${store.utcDay('h.recorded_at')}))`.as('d'),
        )
        .whereRef('h.resident_id', '=', 'r.id')
        .where('h.field', '=', 'recording')
        .where('h.to_value', '=', 'PRINT_READY_RECORD')
        .as('prr_since'),
    );
  return db
    .selectFrom(rows.as('q'))
    .selectAll('q')
    .select(sql<string | null>`coalesce(q.prr_since, cast(q.recording_date as text))`.as('since'))
    .orderBy('q.voter', 'desc')
    .orderBy('q.district_code')
    .orderBy(sql`coalesce(q.prr_since, cast(q.recording_date as text), '9999')`)
    .orderBy('q.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}
