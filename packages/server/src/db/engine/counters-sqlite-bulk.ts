import type SqliteDatabase from 'better-sqlite3';
import type { CounterDeltas, CounterRowDelta } from '../../modules/counters/counter-deltas';
import { BIRTH_COLUMN, COUNT_COLUMNS, type CounterTable } from '../../modules/counters/counter-key';

interface TableStatements {
  upsert: SqliteDatabase.Statement;
  upsertReturning: SqliteDatabase.Statement;
  remove: SqliteDatabase.Statement;
}

const cache = new WeakMap<SqliteDatabase.Database, { month: TableStatements; day: TableStatements }>();

function tableStatements(db: SqliteDatabase.Database, table: CounterTable): TableStatements {
  const key = ['region_code', BIRTH_COLUMN[table], 'married', 'exit_date'];
  const columns = [...key, ...COUNT_COLUMNS];
  const upsert = `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})
       on conflict (${key.join(', ')})
       do update set ${COUNT_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;
  return {
    upsert: db.prepare(upsert),
    // Only a row whose `n` goes down can empty; `returning n` tells so without another read.
    upsertReturning: db.prepare(`${upsert} returning n`),
    remove: db.prepare(`delete from ${table} where ${key.map((c) => `${c} = ?`).join(' and ')} and n = 0`),
  };
}

function statements(db: SqliteDatabase.Database) {
  let s = cache.get(db);
  if (!s) {
    s = {
      month: tableStatements(db, 'resident_counts'),
      day: tableStatements(db, 'resident_counts_day'),
    };
    cache.set(db, s);
  }
  return s;
}

function apply(s: TableStatements, rows: readonly CounterRowDelta[]): void {
  for (const r of rows) {
    if ((r.counts[0] as number) >= 0) {
      s.upsert.run(r.region, r.birth, r.married, r.exitDate, ...r.counts);
      continue;
    }
    const { n } = s.upsertReturning.get(r.region, r.birth, r.married, r.exitDate, ...r.counts) as {
      n: number;
    };
    if (n === 0) s.remove.run(r.region, r.birth, r.married, r.exitDate);
  }
}

/** SQLite's native path for applyCounterDeltas: one prepared upsert per distinct key, same transaction. */
export function applyCounterDeltasSqlite(db: SqliteDatabase.Database, deltas: CounterDeltas): void {
  const s = statements(db);
  const expanded = deltas.expand();
  apply(s.month, expanded.month);
  apply(s.day, expanded.day);
}
