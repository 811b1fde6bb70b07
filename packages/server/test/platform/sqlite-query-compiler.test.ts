import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { FifoSqliteDialect } from '../../src/db/engine/sqlite-fifo-dialect';
import type { Database as Schema } from '../../src/db/schema';

/**
 * SQLite's compiler writes row limits and status codes into the statement's text (so that SQLite plans a
 * prepared statement once: engine/sqlite-query-compiler.ts), and binds everything else as before.
 */
describe('SQLite query compiler', () => {
  const sqlite = new Database(':memory:');
  const db = new Kysely<Schema>({ dialect: new FifoSqliteDialect({ database: sqlite }) });
  sqlite.exec(`create table queue_tickets (id integer primary key, status text, lane text);
    insert into queue_tickets (status, lane) values ('waiting', 'priority'), ('called', 'walk_in'),
    ('waiting', 'walk_in'), ('it''s', 'walk_in');`);
  const tickets = () => db.selectFrom('queue_tickets').select('id');

  it('writes a row limit into the text and keeps offsets bound', () => {
    const q = tickets().limit(21).offset(40).compile();
    expect(q.sql).toMatch(/limit 21 offset \?$/);
    expect(q.parameters).toEqual([40]);
  });

  it('writes status codes into the text, one or a list, and keeps other columns bound', () => {
    const one = tickets().where('status', '=', 'waiting').where('lane', '=', 'walk_in').compile();
    expect(one.sql).toContain(`"status" = 'waiting'`);
    expect(one.parameters).toEqual(['walk_in']);
    const list = tickets().where('status', 'in', ['waiting', 'called']).compile();
    expect(list.sql).toContain(`"status" in ('waiting', 'called')`);
    expect(list.parameters).toEqual([]);
  });

  it('binds a value that is not a plain code, so no text can break out of its quotes', async () => {
    const q = tickets()
      .where('status', '=', "it's" as 'waiting')
      .compile();
    expect(q.sql).toContain('"status" = ?');
    expect(q.parameters).toEqual(["it's"]);
    expect((await db.executeQuery(q)).rows).toEqual([{ id: 4 }]);
  });

  it('reads the same rows as the bound statement', async () => {
    const written = await tickets().where('status', 'in', ['waiting']).orderBy('id').limit(1).execute();
    const bound = await sql<{ id: number }>`select id from queue_tickets where status in (${'waiting'})
      order by id limit ${1}`.execute(db);
    expect(written).toEqual(bound.rows);
    expect(written).toEqual([{ id: 1 }]);
  });
});
