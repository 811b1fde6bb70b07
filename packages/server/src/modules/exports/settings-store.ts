import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { findSettingRows } from '../settings/settings.repository';

/**
 * The one place exports and the public dashboard reach into the settings module: values are read with
 * `getSetting` and written with `putSetting` (validated against the registry, audited), re-exported here
 * so that a change of that API touches this file only.
 */
export { getSetting, putSetting } from '../settings/settings.service';

/** When the value stored exactly at `scope` was last changed, or null if none is stored there. */
export async function storedAt(db: Kysely<Database>, scope: string, key: string): Promise<string | null> {
  const [row] = await findSettingRows(db, [scope], key);
  return row?.updated_at ?? null;
}
