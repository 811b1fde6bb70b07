import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect';

/**
 * WAL checkpoints on their own thread (db/engine/sqlite-checkpointer.ts): with the connection's own
 * autocheckpoint far away, the thread still copies the WAL back, so the next write starts the WAL over
 * instead of growing it; closing the handle ends the thread.
 */
it('checkpoints the WAL off the connection, and stops with the handle', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-checkpointer-'));
  const file = path.join(dir, 'sigap.db');
  const handle = openDatabase({ engine: 'sqlite', file, checkpointThread: true });
  try {
    await sql`create table filler (id integer primary key, body text not null)`.execute(handle.db);
    const write = async () => {
      for (let i = 0; i < 50; i++) {
        await sql`insert into filler (body) values (${'x'.repeat(4000)})`.execute(handle.db);
      }
    };
    await write();
    const grown = statSync(`${file}-wal`).size;
    expect(grown).toBeGreaterThan(50 * 4000);
    // The thread checkpoints every 200 ms; the writes after it start the WAL from its beginning again.
    await sleep(600);
    await write();
    await sleep(600);
    await write();
    const frames = await sql<{ log: number; checkpointed: number }>`pragma wal_checkpoint(PASSIVE)`.execute(
      handle.db,
    );
    const walPages = Number(frames.rows[0]?.log ?? 0);
    expect(walPages * 4096).toBeLessThan(grown * 1.5);
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
