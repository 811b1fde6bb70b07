import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CoverageResponse } from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { type Db, openDatabase } from '../../src/db/connect';
import { migrateToLatest } from '../../src/db/migrate';
import { ensureDefaultElections } from '../../src/modules/elections/elections.service';
import { loadOfficialRegions } from '../../src/modules/regions/regions.loader';
import { applyResidentWrites } from '../../src/modules/residents/resident-write.service';
import { ensureDemoUsers } from '../../src/seed/demo-users';
import { type Client, clientFor } from '../helpers/client';
import { postgresBinDir, type ReplicaPair, startReplicaPair } from '../helpers/pg-replica-pair';
import { buildResident } from '../helpers/resident-factory';
import { TEST_PASSWORD } from '../helpers/test-env';
import { IMPORT_META } from '../residents/seed-residents';

/**
 * DATABASE_READ_URL: dashboard reads go to a hot standby, writes to the primary, and a lagging standby says
 * how old its figures are instead of silently disagreeing. Runs a real streaming replica (issue 17).
 */
const bin = postgresBinDir();
const skip = inject('postgresUnavailable') ?? ('missing' in bin ? bin.missing : null);
if (skip && process.env.CI === 'true') throw new Error(`read-replica test cannot run in CI: ${skip}`);

describe.skipIf(skip !== null)(`a read replica for dashboards${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let pair: ReplicaPair;
  let handle: Db;
  let app: FastifyInstance;
  let admin: Client;
  let dataDir: string;

  const wajibVillage = '18.71.01.1001';
  const coverage = async () => {
    const r = await admin.get<CoverageResponse>('/api/v1/coverage?region=18.71&date=2026-12-04');
    expect(r.status).toBe(200);
    return r.body;
  };
  const recorded = (c: CoverageResponse) => c.region.figures.recorded;
  const addRecorded = () =>
    handle.db.transaction().execute((trx) =>
      applyResidentWrites(
        trx,
        handle.store,
        [
          {
            kind: 'upsert',
            record: buildResident({ villageCode: wajibVillage, recordingStatus: 'PRINT_READY_RECORD' }),
          },
        ],
        IMPORT_META,
      ),
    );
  const replicaQuery = async (text: string) => {
    const client = new pg.Client({ connectionString: pair.replicaUrl('sigap') });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  const residents = async (db: Db['db']) =>
    Number(
      (
        await db
          .selectFrom('residents')
          .select((e) => e.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const untilCaughtUp = async () => {
    for (let i = 0; i < 200; i += 1) {
      const fresh = await handle.reads.freshness();
      if (fresh.lagSeconds === 0 && (await residents(handle.reads.db)) === (await residents(handle.db)))
        return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the replica did not catch up in 10 s');
  };

  beforeAll(async () => {
    if ('missing' in bin) return;
    pair = await startReplicaPair(bin.dir);
    const admin0 = new pg.Client({ connectionString: pair.primaryUrl('postgres') });
    await admin0.connect();
    await admin0.query('create database sigap');
    await admin0.end();
    handle = openDatabase({
      engine: 'postgres',
      url: pair.primaryUrl('sigap'),
      readUrl: pair.replicaUrl('sigap'),
    });
    await migrateToLatest(handle);
    await loadOfficialRegions(handle, ['18', '52']);
    await ensureDefaultElections(handle);
    await ensureDemoUsers(handle, TEST_PASSWORD);
    dataDir = mkdtempSync(path.join(tmpdir(), 'sigap-replica-app-'));
    const config = loadConfig({ SIGAP_DATA_DIR: dataDir });
    app = await buildApp({ handle, config });
    await app.ready();
    admin = clientFor(app);
    await admin.login('lampung.admin', TEST_PASSWORD);
    await addRecorded();
    await untilCaughtUp();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await handle?.close();
    pair?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('reads the figures from the replica and says they are current once it has caught up', async () => {
    const c = await coverage();
    expect(c.freshness).toMatchObject({ source: 'replica', lagSeconds: 0 });
    expect(recorded(c)).toBe(1);
  });

  it('while the replica lags, shows the older figure with its as-of time; writes still land on the primary', async () => {
    await replicaQuery('select pg_wal_replay_pause()');
    const before = new Date();
    await new Promise((r) => setTimeout(r, 1100));
    await addRecorded(); // the write path works: it never touches the replica
    const lagging = await coverage();
    expect(recorded(lagging)).toBe(1);
    expect(lagging.freshness?.source).toBe('replica');
    expect(Date.parse(lagging.freshness?.asOf ?? '')).toBeLessThan(before.getTime() + 1000);
    expect(lagging.freshness?.lagSeconds).toBeGreaterThanOrEqual(1);

    await replicaQuery('select pg_wal_replay_resume()');
    await untilCaughtUp();
    const current = await coverage();
    expect(recorded(current)).toBe(2);
    expect(current.freshness?.lagSeconds).toBe(0);
  });
});
