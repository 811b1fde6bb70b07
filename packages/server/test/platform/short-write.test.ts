import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect';
import { GROUP_MAX_MEMBERS } from '../../src/db/engine/sqlite-write-group';
import type { Database } from '../../src/db/schema';
import { describeEachEngine } from '../helpers/test-env';

/**
 * Short writes (EngineStore.shortWrite): on both engines each is a transaction of its own as far as its
 * caller can tell; on SQLite the ones that arrive together share one commit (db/engine/sqlite-write-group.ts).
 */
describeEachEngine('short writes', (env) => {
  const rowsOf = (key: string) =>
    env()
      .handle.db.selectFrom('booking_attempts')
      .select('key_hash')
      .where('key_hash', 'like', `${key}%`)
      .execute();

  it('answers each write once it is stored; one that fails leaves nothing and the others stand', async () => {
    const { db, store } = env().handle;
    const key = `short-${Date.now()}-`;
    const writes = Array.from({ length: 12 }, (_, i) =>
      store.shortWrite(db, async (trx) => {
        await trx
          .insertInto('booking_attempts')
          .values({ kind: 'hold_ip', key_hash: `${key}${i}`, at: new Date().toISOString() })
          .execute();
        if (i === 5) throw new Error('refused after writing');
        return i;
      }),
    );
    const settled = await Promise.allSettled(writes);
    expect(settled.map((s) => s.status)).toEqual(settled.map((_, i) => (i === 5 ? 'rejected' : 'fulfilled')));
    expect(String((settled[5] as PromiseRejectedResult).reason)).toContain('refused after writing');
    const stored = (await rowsOf(key)).map((r) => Number(r.key_hash.slice(key.length))).sort((a, b) => a - b);
    expect(stored).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11]);
  });

  it('runs inside the caller’s transaction when given one', async () => {
    const { db, store } = env().handle;
    const key = `inner-${Date.now()}`;
    await db
      .transaction()
      .execute(async (trx) => {
        await store.shortWrite(trx, (t) =>
          t.insertInto('booking_attempts').values({ kind: 'nik', key_hash: key, at: 'x' }).execute(),
        );
        throw new Error('the outer transaction rolls back');
      })
      .catch(() => {});
    expect(await rowsOf(key)).toEqual([]);
  });
});

/** SQLite's grouping, seen from a second connection to the same file. */
describe('SQLite short writes share a commit', () => {
  let dir: string;
  let handle: ReturnType<typeof openDatabase>;
  let db: Kysely<Database>;
  let other: SqliteDatabase.Database;
  const visible = () => Number(other.prepare('select count(*) from grouped').pluck().get());

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sigap-short-write-'));
    const file = path.join(dir, 'sigap.db');
    handle = openDatabase({ engine: 'sqlite', file });
    db = handle.db;
    await sql`create table grouped (id integer primary key, v text unique)`.execute(db);
    other = new SqliteDatabase(file, { readonly: true });
  });
  afterAll(async () => {
    other.close();
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const insert = (trx: Kysely<Database>, v: string) =>
    sql`insert into grouped (v) values (${v})`.execute(trx);

  it('writes that arrive together are committed together, and each is answered after the commit', async () => {
    const before = visible();
    const seenDuringWork: number[] = [];
    const seenWhenAnswered: number[] = [];
    const writes = Array.from({ length: 10 }, (_, i) =>
      handle.store
        .shortWrite(db, async (trx) => {
          await insert(trx, `together-${i}`);
          seenDuringWork.push(visible() - before);
        })
        .then(() => seenWhenAnswered.push(visible() - before)),
    );
    await Promise.all(writes);
    // No member's row was visible to another connection while the group ran: one uncommitted transaction.
    expect(seenDuringWork).toEqual(Array(10).fill(0));
    // Every answer came after all ten were committed.
    expect(seenWhenAnswered).toEqual(Array(10).fill(10));
  });

  it('a read that arrives while a group is open waits for its commit instead of reading uncommitted rows', async () => {
    const before = visible();
    let committedWhenRead = -1;
    const write = handle.store.shortWrite(db, (trx) => insert(trx, 'before-read'));
    const read = sql<{ n: number }>`select count(*) as n from grouped`.execute(db).then((r) => {
      committedWhenRead = visible() - before;
      return Number(r.rows[0]?.n);
    });
    await write;
    expect(await read).toBe(before + 1);
    expect(committedWhenRead).toBe(1);
  });

  it('a unique violation rolls back its own write only, and the error reaches its caller', async () => {
    const before = visible();
    const results = await Promise.allSettled([
      handle.store.shortWrite(db, (trx) => insert(trx, 'dup')),
      handle.store.shortWrite(db, async (trx) => {
        await insert(trx, 'dup-partner');
        await insert(trx, 'dup');
      }),
      handle.store.shortWrite(db, (trx) => insert(trx, 'after-dup')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
    const values = other.prepare('select v from grouped where v like ?').pluck().all('%dup%');
    expect(values.sort()).toEqual(['after-dup', 'dup']);
    expect(visible()).toBe(before + 2);
  });

  it('keeps the savepoints’ journal in memory during a group only', async () => {
    const tempStore = async (on: Kysely<Database>) =>
      Number((await sql<{ temp_store: number }>`pragma temp_store`.execute(on)).rows[0]?.temp_store);
    const inside = await handle.store.shortWrite(db, async (trx) => {
      await insert(trx, 'journal');
      return tempStore(trx);
    });
    expect(inside).toBe(2);
    expect(await tempStore(db)).toBe(0);
  });

  it('a full group lets the next writes start another', async () => {
    const before = visible();
    const seen: number[] = [];
    const writes = Array.from({ length: 2 * GROUP_MAX_MEMBERS + 10 }, (_, i) =>
      handle.store.shortWrite(db, async (trx) => {
        await insert(trx, `many-${i}`);
        seen.push(visible() - before);
      }),
    );
    await Promise.all(writes);
    expect(visible()).toBe(before + 2 * GROUP_MAX_MEMBERS + 10);
    // Each group's members saw the groups before it committed and nothing of their own group; no group
    // held more than its limit (all joined in one turn, so they split at 64 and 128 unless a pause made a
    // group too old to join first).
    const groups = new Map<number, number>();
    for (const v of seen) groups.set(v, (groups.get(v) ?? 0) + 1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(groups.size).toBeGreaterThanOrEqual(3);
    for (const [start, members] of groups) {
      expect(members).toBeLessThanOrEqual(GROUP_MAX_MEMBERS);
      expect(seen.indexOf(start)).toBe(start);
    }
  });
});
