import { SETTING_KEYS, type SettingEntry, type SettingKey, type SettingsResponse } from '@sigap/contracts';
import { type Action, ancestorCodes, regionLevel } from '@sigap/domain';
import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { readThroughVersion } from '../../db/version-cache';
import { errors } from '../../errors';
import { parseOrThrow } from '../../http/validation';
import { authorize } from '../access';
import { getRegion } from '../regions';
import { putSettingCommand } from './settings.commands';
import { SETTINGS, type SettingValue } from './settings.registry';
import { findSettingRows, type SettingRow } from './settings.repository';

interface Resolved<K extends SettingKey> {
  value: SettingValue<K>;
  row: SettingRow | undefined;
}

/**
 * Stored values already parsed, by key and stored text: the booking rules are read on every hold and
 * confirmation, and parsing the same text with its schema each time was most of that read's CPU. Keyed by
 * the text, so a changed value is parsed afresh (no invalidation to forget); values are frozen, as they
 * are shared by every caller.
 */
const parsedValues = new LRUCache<string, { value: unknown }>({ max: 500 });

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function parseStored<K extends SettingKey>(key: K, row: SettingRow): SettingValue<K> | undefined {
  const memo = `${key}\u0000${row.value}`;
  const hit = parsedValues.get(memo);
  if (hit) return hit.value as SettingValue<K> | undefined;
  let value: SettingValue<K> | undefined;
  try {
    const parsed = SETTINGS[key].schema.safeParse(JSON.parse(row.value));
    value = parsed.success ? deepFreeze(parsed.data as SettingValue<K>) : undefined;
  } catch {
    value = undefined;
  }
  parsedValues.set(memo, { value });
  return value;
}

/**
 * The scope itself first, then its ancestors up to the national root: the nearest stored value wins.
 * A setting that does not inherit is looked up at the scope alone.
 */
function lookupChain(scope: string, key: SettingKey): string[] {
  if (SETTINGS[key].inherits === false) return [scope];
  return [scope, ...ancestorCodes(scope).reverse()];
}

/** The nearest stored value along `chain` that still fits its schema, else the registry default. */
function pick<K extends SettingKey>(
  rows: readonly SettingRow[],
  chain: readonly string[],
  key: K,
): Resolved<K> {
  for (const code of chain) {
    const row = rows.find((r) => r.scope_code === code);
    // A value that no longer fits its schema (the schema tightened) is skipped rather than trusted.
    const value = row ? parseStored(key, row) : undefined;
    if (row && value !== undefined) return { value, row };
  }
  return { value: SETTINGS[key].default as SettingValue<K>, row: undefined };
}

/**
 * The resolved value is what is kept under the settings' version, not only the rows: a hold or a
 * confirmation then finds its booking rules without walking the chain or parsing (session 14's profile).
 * A caller's own fallback stands in only where no stored value applies, so it is laid over the kept value.
 */
async function resolve<K extends SettingKey>(
  db: Kysely<Database>,
  scope: string,
  key: K,
  fallback?: SettingValue<K>,
): Promise<Resolved<K>> {
  const chain = lookupChain(scope, key);
  const resolved = await readThroughVersion(db, 'settings', `${key}\u0000${chain.join(',')}`, async () =>
    pick(await findSettingRows(db, chain, key), chain, key),
  );
  return resolved.row || fallback === undefined ? resolved : { value: fallback, row: undefined };
}

/**
 * A setting's value for a region: stored at the region or inherited from the nearest ancestor (a
 * regency reads its province's cutoff), else `fallback`, else the registry default. No access check:
 * callers are services that already checked theirs.
 */
export async function getSetting<K extends SettingKey>(
  db: Kysely<Database>,
  scope: string,
  key: K,
  fallback?: SettingValue<K>,
): Promise<SettingValue<K>> {
  return (await resolve(db, scope, key, fallback)).value;
}

function toEntry<K extends SettingKey>(key: K, scope: string, r: Resolved<K>): SettingEntry {
  const def = SETTINGS[key];
  const level = regionLevel(scope);
  return {
    key,
    value: r.value,
    defaultValue: def.default,
    setAt: r.row?.scope_code ?? null,
    updatedAt: r.row?.updated_at ?? null,
    updatedBy: r.row?.updated_by ?? null,
    editable: level !== undefined && def.levels.includes(level),
    description: def.description,
  };
}

/** Every known setting as it applies to a scope (settings managers of that scope). */
export async function listSettings(
  handle: Db,
  ctx: RequestContext,
  scope: string,
): Promise<SettingsResponse> {
  authorize(ctx.user, 'settings.manage', scope);
  await getRegion(handle.db, scope);
  const items: SettingEntry[] = [];
  for (const key of SETTING_KEYS) items.push(toEntry(key, scope, await resolve(handle.db, scope, key)));
  return { scope, items };
}

/**
 * Stores a setting at a scope: the one write path for settings (validated by the key's schema, only at
 * the levels the registry allows, audited in the same transaction by `putSettingCommand`). Routes with
 * their own body (letterhead, public dashboard switch) call this; the letterhead passes its own
 * `action` because regency operators may change their office's kop but no other setting.
 */
export async function putSetting<K extends SettingKey>(
  handle: Db,
  ctx: RequestContext,
  scope: string,
  key: K,
  input: unknown,
  action: Action = 'settings.manage',
): Promise<SettingEntry> {
  authorize(ctx.user, action, scope);
  const def = SETTINGS[key];
  const level = regionLevel(scope);
  if (level === undefined || !def.levels.includes(level)) {
    const levels = def.levels.join(', ');
    throw errors.validation([
      {
        field: 'scope',
        message: `Pengaturan ${key} hanya dapat diatur pada tingkat: ${levels}.`,
        messageEn: `Setting ${key} can only be set at these levels: ${levels}.`,
      },
    ]);
  }
  await getRegion(handle.db, scope);
  const value = parseOrThrow(def.schema, input) as SettingValue<K>;
  await putSettingCommand(handle, { scope, key, value, actor: ctx.user, ip: ctx.ip });
  return toEntry(key, scope, await resolve(handle.db, scope, key));
}

/** When the value stored exactly at `scope` was last changed, or null if none is stored there. */
export async function settingUpdatedAt(
  db: Kysely<Database>,
  scope: string,
  key: SettingKey,
): Promise<string | null> {
  const [row] = await findSettingRows(db, [scope], key);
  return row?.updated_at ?? null;
}
