import { ancestorCodes, regionLevel } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { errors } from '../../errors';
import { parseOrThrow } from '../../http/validation';
import { authorize } from '../access/authorize';
import { recordAudit } from '../audit/audit.service';
import { getRegion } from '../regions/regions.service';
import { SETTING_KEYS, SETTINGS, type SettingKey, type SettingValue } from './settings.registry';
import { findSettingRows, type SettingRow, upsertSettingRow } from './settings.repository';
import type { SettingEntry, SettingsResponse } from './settings.schema';

interface Resolved<K extends SettingKey> {
  value: SettingValue<K>;
  row: SettingRow | undefined;
}

function parseStored<K extends SettingKey>(key: K, row: SettingRow): SettingValue<K> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(row.value);
  } catch {
    return undefined;
  }
  const parsed = SETTINGS[key].schema.safeParse(json);
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

/** The scope itself first, then its ancestors up to the national root: the nearest stored value wins. */
function lookupChain(scope: string): string[] {
  return [scope, ...ancestorCodes(scope).reverse()];
}

async function resolve<K extends SettingKey>(
  db: Kysely<Database>,
  scope: string,
  key: K,
  fallback?: SettingValue<K>,
): Promise<Resolved<K>> {
  const chain = lookupChain(scope);
  const rows = await findSettingRows(db, chain, key);
  for (const code of chain) {
    const row = rows.find((r) => r.scope_code === code);
    // A value that no longer fits its schema (the schema tightened) is skipped rather than trusted.
    const value = row ? parseStored(key, row) : undefined;
    if (row && value !== undefined) return { value, row };
  }
  return { value: fallback ?? (SETTINGS[key].default as SettingValue<K>), row: undefined };
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
 * the levels the registry allows, audited in the same transaction). Modules with their own setting
 * route (letterhead, public dashboard switch) call this.
 */
export async function putSetting<K extends SettingKey>(
  handle: Db,
  ctx: RequestContext,
  scope: string,
  key: K,
  input: unknown,
): Promise<SettingEntry> {
  authorize(ctx.user, 'settings.manage', scope);
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
  const now = new Date().toISOString();
  await handle.db.transaction().execute(async (trx) => {
    const [before] = await findSettingRows(trx, [scope], key);
    const row = {
      scope_code: scope,
      key,
      value: JSON.stringify(value),
      updated_at: now,
      updated_by: ctx.user.id,
    };
    await upsertSettingRow(trx, row);
    await recordAudit(trx, handle.store, {
      actor: ctx.user,
      action: 'settings.update',
      entity: 'setting',
      entityId: `${scope}:${key}`,
      regionCode: scope,
      summary: { key, scope, from: before ? (JSON.parse(before.value) as unknown) : null, to: value },
      ip: ctx.ip,
    });
  });
  return toEntry(key, scope, await resolve(handle.db, scope, key));
}
