import type { Config } from './config';
import { type Db, openDatabase } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { ensureDefaultElections } from './modules/elections';
import { loadOfficialRegions } from './modules/regions';
import { ensurePrivateDir } from './private-files';

/** Opens the configured database and brings it to the current schema and region data. */
export async function openAndPrepare(
  config: Config,
): Promise<{ handle: Db; migrated: string[]; regionsLoaded: number }> {
  ensurePrivateDir(config.dataDir);
  const handle = openDatabase(config.database);
  try {
    const migrated = await migrateToLatest(handle);
    const regionsLoaded = await loadOfficialRegions(handle);
    await ensureDefaultElections(handle);
    return { handle, migrated, regionsLoaded };
  } catch (err) {
    await handle.close();
    throw err;
  }
}
