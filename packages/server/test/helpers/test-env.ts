import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { buildApp } from '../../src/app';
import { type Config, loadConfig } from '../../src/config';
import { type Db, type Engine, openDatabase } from '../../src/db/connect';
import { migrateToLatest } from '../../src/db/migrate';
import { createJobWorkers } from '../../src/job-handlers';
import { ensureDefaultElections } from '../../src/modules/elections/elections.service';
import { loadOfficialRegions } from '../../src/modules/regions/regions.loader';
import { ensureDemoUsers } from '../../src/seed/demo-users';
import { type Client, clientFor } from './client';
import { createTestDatabase, databaseUrl, dropTestDatabase } from './postgres';

export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];
export const TEST_PASSWORD = 'test-password-123';
/** Tests load only the two provinces the demo and the issues talk about: fast, and enough for scope cases. */
export const TEST_PROVINCES = ['18', '52'] as const;

/**
 * The database behind each client `as()` logged in: createUserVia creates a user of a role the API refuses
 * (a role without its module yet) as the system does, the CLI's way, for the tests of those roles' rights.
 */
const CLIENT_HANDLES = new WeakMap<Client, Db>();

export function handleOf(client: Client): Db | undefined {
  return CLIENT_HANDLES.get(client);
}

export interface TestEnv {
  engine: Engine;
  handle: Db;
  app: FastifyInstance;
  config: Config;
  /** A logged-in API client for a demo user (password TEST_PASSWORD). */
  as(username: string): Promise<Client>;
  /** A client without a session. */
  anonymous(): Client;
}

/**
 * Runs the same suite on SQLite and on PostgreSQL, each against a fresh database with the schema, the
 * regions of 18 and 52, and the demo users. Suites read `env()` inside their tests.
 */
export function describeEachEngine(title: string, body: (env: () => TestEnv) => void): void {
  for (const engine of ENGINES) {
    const skipReason = engine === 'postgres' ? inject('postgresUnavailable') : null;
    if (skipReason) {
      describe.skip(`${title} [${engine}] (skipped: ${skipReason})`, () => body(() => unavailable()));
      continue;
    }
    describe(`${title} [${engine}]`, () => {
      let current: TestEnv | undefined;
      let cleanup: () => Promise<void> = async () => {};
      beforeAll(async () => {
        const made = await createEnv(engine, title);
        current = made.env;
        cleanup = made.cleanup;
      });
      afterAll(async () => cleanup());
      body(() => {
        if (!current) throw new Error('test environment not ready');
        return current;
      });
    });
  }
}

function unavailable(): never {
  throw new Error('engine unavailable');
}

async function createEnv(
  engine: Engine,
  title: string,
): Promise<{ env: TestEnv; cleanup: () => Promise<void> }> {
  let handle: Db;
  let dropDb = async () => {};
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sigap-test-'));
  if (engine === 'postgres') {
    const name = await createTestDatabase(title.toLowerCase().slice(0, 12));
    handle = openDatabase({ engine: 'postgres', url: databaseUrl(name) });
    dropDb = () => dropTestDatabase(name);
  } else {
    handle = openDatabase({ engine: 'sqlite', file: path.join(dataDir, 'sigap.db') });
  }
  await migrateToLatest(handle);
  await loadOfficialRegions(handle, TEST_PROVINCES);
  await ensureDefaultElections(handle);
  await ensureDemoUsers(handle, TEST_PASSWORD);
  const config = loadConfig({ SIGAP_DATA_DIR: dataDir });
  // The server's job workers, never polling: a started import wakes its worker as in the server; tests of
  // the jobs themselves drive workers of their own, on their own clocks.
  const jobs = createJobWorkers(handle, config);
  const app = await buildApp({ handle, config, jobs });
  await app.ready();
  const env: TestEnv = {
    engine,
    handle,
    app,
    config,
    as: async (username) => {
      const client = clientFor(app);
      await client.login(username, TEST_PASSWORD);
      CLIENT_HANDLES.set(client, handle);
      return client;
    },
    anonymous: () => clientFor(app),
  };
  const cleanup = async () => {
    await jobs.stop();
    await app.close();
    await handle.close();
    await dropDb();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { env, cleanup };
}
