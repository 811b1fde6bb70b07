import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { COUNTER_FACT_COLUMNS } from './counter-key';

/**
 * The residents of `villages` born in any of `months` (`YYYY-MM`), with the facts the counters read: one
 * seek of `residents (village_code, birth_date)` per village and month (migration 0044,
 * counters-resident-days.ts).
 */
export function bornInMonths(db: Kysely<Database>, villages: readonly string[], months: readonly string[]) {
  const windows = [...new Set(months)].map((m) =>
    db
      .selectFrom('residents')
      .select(COUNTER_FACT_COLUMNS)
      .where('village_code', 'in', villages)
      .where('birth_date', '>=', `${m}-01`)
      .where('birth_date', '<', monthAfter(m)),
  );
  const [first, ...rest] = windows;
  if (!first) return Promise.resolve([]);
  return rest.reduce((q, w) => q.unionAll(w), first).execute();
}

/** The first day of the month after `month` (`YYYY-MM`), as a date. */
function monthAfter(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12
    ? `${String(year + 1).padStart(4, '0')}-01-01`
    : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`;
}
