import type SqliteDatabase from 'better-sqlite3';
import type { CounterDeltas } from './counter-key';

const cache = new WeakMap<
  SqliteDatabase.Database,
  { month: SqliteDatabase.Statement; day: SqliteDatabase.Statement }
>();

function statements(db: SqliteDatabase.Database) {
  let s = cache.get(db);
  if (!s) {
    const upsert = (table: string, first: string) =>
      db.prepare(
        `insert into ${table} (region_code, ${first}, married, exit_date, citizen, rec, prt, ikd, n)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (region_code, ${first}, married, exit_date, citizen, rec, prt, ikd)
         do update set n = n + excluded.n`,
      );
    s = { month: upsert('resident_counts', 'birth_month'), day: upsert('resident_counts_day', 'birth_date') };
    cache.set(db, s);
  }
  return s;
}

/** SQLite's native path for applyCounterDeltas: one prepared upsert per distinct key, same transaction. */
export function applyCounterDeltasSqlite(db: SqliteDatabase.Database, deltas: CounterDeltas): void {
  const s = statements(db);
  let removed = false;
  const expanded = deltas.expand();
  for (const [stmt, map] of [
    [s.month, expanded.month],
    [s.day, expanded.day],
  ] as const) {
    for (const [key, n] of map) {
      const [region, birth, married, exit, citizen, rec, prt, ikd] = key.split('|');
      stmt.run(region, birth, Number(married), exit, citizen, rec, prt, Number(ikd), n);
      if (n < 0) removed = true;
    }
  }
  if (removed) {
    db.prepare('delete from resident_counts where n = 0').run();
    db.prepare('delete from resident_counts_day where n = 0').run();
  }
}
