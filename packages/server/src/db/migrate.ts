import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db, Engine } from './connect';
import type { EngineStore } from './engine/engine-store';
import * as m0001 from './migrations/0001-foundation';
import * as m0002 from './migrations/0002-registry';
import * as m0003 from './migrations/0003-command-center';
import * as m0004 from './migrations/0004-wide-counters';
import * as m0005 from './migrations/0005-notices';
import * as m0006 from './migrations/0006-import-attempts';
import * as m0007 from './migrations/0007-login-devices';
import * as m0008 from './migrations/0008-read-budget';
import * as m0009 from './migrations/0009-audit-checkpoints';
import * as m0010 from './migrations/0010-idempotency';
import * as m0011 from './migrations/0011-jobs-outbox';
import * as m0012 from './migrations/0012-message-codes';
import * as m0013 from './migrations/0013-imports-on-jobs';
import * as m0014 from './migrations/0014-report-flag-codes';
import * as m0015 from './migrations/0015-resident-integrity';
import * as m0016 from './migrations/0016-user-profile';
import * as m0018 from './migrations/0018-election-target';
import * as m0019 from './migrations/0019-service-points';
import * as m0020 from './migrations/0020-service-desk';
import * as m0021 from './migrations/0021-booking-holds';
import * as m0022 from './migrations/0022-queue-rules';
import * as m0023 from './migrations/0023-skm-link-key';
import * as m0024 from './migrations/0024-stock-ledger';
import * as m0026 from './migrations/0026-equipment';
import * as m0027 from './migrations/0027-prints';
import * as m0028 from './migrations/0028-sukets';
import * as m0029 from './migrations/0029-outreach';
import * as m0031 from './migrations/0031-burials';
import * as m0033 from './migrations/0033-voter-rolls';
import * as m0035 from './migrations/0035-suket-ended-on';
import * as m0037 from './migrations/0037-call-next';
import * as m0039 from './migrations/0039-province-partitions';
import * as m0040 from './migrations/0040-suket-counts';
import * as m0041 from './migrations/0041-import-digest';
import * as m0042 from './migrations/0042-booking-indexes';
import * as m0043 from './migrations/0043-booking-writes';
import * as m0044 from './migrations/0044-village-day-counters';

type EngineMigration = { up(db: Kysely<unknown>, engine: Engine, store: EngineStore): Promise<void> };

/**
 * Every migration, in order. One list serves both engines; each file receives the engine it runs on (for
 * column types) and its store (for a migration that rewrites data through a bulk path).
 */
const MIGRATIONS: Record<string, EngineMigration> = {
  '0001-foundation': m0001,
  '0002-registry': m0002,
  '0003-command-center': m0003,
  '0004-wide-counters': m0004,
  '0005-notices': m0005,
  '0006-import-attempts': m0006,
  '0007-login-devices': m0007,
  '0008-read-budget': m0008,
  '0009-audit-checkpoints': m0009,
  '0010-idempotency': m0010,
  '0011-jobs-outbox': m0011,
  '0012-message-codes': m0012,
  '0013-imports-on-jobs': m0013,
  '0014-report-flag-codes': m0014,
  '0015-resident-integrity': m0015,
  '0016-user-profile': m0016,
  '0018-election-target': m0018,
  '0019-service-points': m0019,
  '0020-service-desk': m0020,
  '0021-booking-holds': m0021,
  '0022-queue-rules': m0022,
  '0023-skm-link-key': m0023,
  '0024-stock-ledger': m0024,
  '0026-equipment': m0026,
  '0027-prints': m0027,
  '0028-sukets': m0028,
  '0029-outreach': m0029,
  '0033-voter-rolls': m0033,
  '0035-suket-ended-on': m0035,
  '0037-call-next': m0037,
  '0031-burials': m0031,
  '0039-province-partitions': m0039,
  '0040-suket-counts': m0040,
  '0041-import-digest': m0041,
  '0042-booking-indexes': m0042,
  '0043-booking-writes': m0043,
  '0044-village-day-counters': m0044,
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly store: EngineStore) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, m] of Object.entries(MIGRATIONS)) {
      out[name] = { up: (db) => m.up(db, this.store.engine, this.store) };
    }
    return out;
  }
}

/** Brings the schema up to date; returns the names of the migrations that ran now. */
export async function migrateToLatest(handle: Db): Promise<string[]> {
  const migrator = new Migrator({ db: handle.db, provider: new StaticProvider(handle.store) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Brings the schema up to the named migration only (tests of a migration seed the rows it converts). */
export async function migrateTo(handle: Db, name: string): Promise<void> {
  const migrator = new Migrator({ db: handle.db, provider: new StaticProvider(handle.store) });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
