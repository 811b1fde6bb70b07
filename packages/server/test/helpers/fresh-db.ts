import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Db, type Engine, openDatabase } from '../../src/db/connect';
import { createTestDatabase, databaseUrl, dropTestDatabase } from './postgres';

/** An empty database of the engine, for tests that migrate it step by step; dropped afterwards. */
export async function withFreshDb(
  engine: Engine,
  label: string,
  body: (handle: Db) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), `sigap-${label}-`));
  const name = engine === 'postgres' ? await createTestDatabase(label) : '';
  const handle =
    engine === 'postgres'
      ? openDatabase({ engine, url: databaseUrl(name) })
      : openDatabase({ engine, file: path.join(dir, 'sigap.db') });
  try {
    await body(handle);
  } finally {
    await handle.close();
    if (name) await dropTestDatabase(name);
    rmSync(dir, { recursive: true, force: true });
  }
}
