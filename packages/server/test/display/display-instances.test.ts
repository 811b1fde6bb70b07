import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DisplayBoard } from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { type Db, openDatabase } from '../../src/db/connect';
import { migrateToLatest } from '../../src/db/migrate';
import { announceQueueChange } from '../../src/modules/display';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../helpers/postgres';
import { insertPoint, insertTicket, openEvents } from './helpers';

const skip = inject('postgresUnavailable');

/**
 * Two Sigap instances on one PostgreSQL database, each with its own pool (and so its own LISTEN
 * connection), as behind a load balancer: a clerk's change committed and announced through instance A
 * reaches a display whose stream is open on instance B, through LISTEN/NOTIFY.
 */
describe.skipIf(skip !== null)('display across two instances on PostgreSQL', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sigap-display-'));
  let name = '';
  let a: Db;
  let b: Db;
  let appA: FastifyInstance;
  let appB: FastifyInstance;
  let baseB = '';

  beforeAll(async () => {
    name = await createTestDatabase('display2');
    a = openDatabase({ engine: 'postgres', url: databaseUrl(name) });
    b = openDatabase({ engine: 'postgres', url: databaseUrl(name) });
    await migrateToLatest(a);
    const config = loadConfig({ SIGAP_DATA_DIR: dataDir });
    appA = await buildApp({ handle: a, config });
    appB = await buildApp({ handle: b, config });
    await appA.ready();
    await appB.listen({ port: 0, host: '127.0.0.1' });
    const address = appB.server.address();
    baseB = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await appA?.close();
    await appB?.close();
    await a?.close();
    await b?.close();
    if (name) await dropTestDatabase(name);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers a change announced on A to a stream open on B', async () => {
    const pointId = await insertPoint(a.db, 'UPT Dua Instans', 2);
    const stream = await openEvents(`${baseB}/api/v1/display/${pointId}/events`);
    try {
      await stream.next((e) => e.event === 'board');
      const t = await insertTicket(a.db, pointId, { status: 'called', counter: 2 });
      await announceQueueChange(a, pointId, { kind: 'called', ticketId: t.ticketId });
      const call = await stream.next((e) => e.event === 'call');
      expect(call.data).toMatchObject({ label: t.label, counter: 2 });
      const board = await stream.next((e) => e.event === 'board');
      expect((board.data as DisplayBoard).counters[1]?.label).toBe(t.label);
    } finally {
      await stream.close();
    }
  });

  it('brings a dropped LISTEN connection back and tells listeners they may have missed changes', async () => {
    const heard: (string | null)[] = [];
    const stop = await b.store.feed.subscribe('sigap_feed_test', (p) => heard.push(p));
    try {
      await sql`select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and query like 'LISTEN "sigap_feed_test"%'`.execute(a.db);
      await waitFor(() => heard.includes(null));
      await a.store.feed.publish('sigap_feed_test', 'after');
      await waitFor(() => heard.includes('after'));
    } finally {
      await stop();
    }
  });
});

async function waitFor(check: () => boolean, ms = 8_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
