import type { Db } from '../../db/connect';
import { recordAudit } from '../audit';
import { findSettingRows, upsertSettingRow } from './settings.repository';

/**
 * Stores one setting value at a scope: in one transaction the row (inserted or replaced) and its audit entry,
 * which keeps the value it replaced. The caller (`putSetting`) has checked the role, the scope, the level
 * and the value against the key's schema.
 */
export async function putSettingCommand(
  handle: Db,
  input: {
    scope: string;
    key: string;
    value: unknown;
    actor: { id: number; username: string };
    ip: string | null;
  },
): Promise<void> {
  const { scope, key, value } = input;
  const now = new Date().toISOString();
  await handle.db.transaction().execute(async (trx) => {
    const [before] = await findSettingRows(trx, [scope], key);
    await upsertSettingRow(trx, {
      scope_code: scope,
      key,
      value: JSON.stringify(value),
      updated_at: now,
      updated_by: input.actor.id,
    });
    await recordAudit(trx, handle.store, {
      actor: input.actor,
      action: 'settings.update',
      entity: 'setting',
      entityId: `${scope}:${key}`,
      regionCode: scope,
      summary: { key, scope, from: before ? (JSON.parse(before.value) as unknown) : null, to: value },
      ip: input.ip,
    });
  });
}
