import type {
  CreateEquipmentBody,
  CreateOperatorBody,
  IncidentBody,
  UpdateEquipmentBody,
} from '@sigap/contracts';
import type { Db } from '../../db/connect';
import { recordAudit } from '../audit';
import {
  type EquipmentItemRow,
  insertIncidentRow,
  insertItemRow,
  insertOperatorRow,
  moveItemStatus,
  updateItemRow,
} from './equipment.repository';

/** Who writes: a user (with the request's address) or the system (`actor: null`: the demo seed). */
export interface By {
  actor: { id: number; username: string } | null;
  ip: string | null;
}

/** Adds an item, working: the row, its first history line ("recorded") and `equipment.create` audit. */
export async function createEquipmentCommand(handle: Db, body: CreateEquipmentBody, by: By): Promise<number> {
  const now = new Date().toISOString();
  return handle.db.transaction().execute(async (trx) => {
    const id = await insertItemRow(trx, {
      region_code: body.regionCode,
      kind: body.kind,
      tag: body.tag,
      name: body.name,
      status: 'working',
      notes: body.notes ?? '',
      created_at: now,
      updated_at: now,
    });
    await insertIncidentRow(trx, {
      item_id: id,
      from_status: null,
      to_status: 'working',
      // The first line has no reason: it is the item being recorded (the page says so in its language).
      reason: '',
      actor_id: by.actor?.id ?? null,
      actor_username: by.actor?.username ?? null,
      created_at: now,
    });
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'equipment.create',
      entity: 'equipment',
      entityId: id,
      regionCode: body.regionCode,
      summary: { ...body },
      ip: by.ip,
    });
    return id;
  });
}

/** Changes name, tag or notes: the row and `equipment.update` audit with the old values. */
export async function updateEquipmentCommand(
  handle: Db,
  row: EquipmentItemRow,
  patch: UpdateEquipmentBody,
  by: By,
): Promise<void> {
  const old: Record<string, unknown> = { name: row.name, tag: row.tag, notes: row.notes };
  const changes = Object.fromEntries(
    Object.entries(patch)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, { from: old[k], to: v }]),
  );
  await handle.db.transaction().execute(async (trx) => {
    await updateItemRow(trx, row.id, { ...patch, updated_at: new Date().toISOString() });
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'equipment.update',
      entity: 'equipment',
      entityId: row.id,
      regionCode: row.region_code,
      summary: changes,
      ip: by.ip,
    });
  });
}

/**
 * A breakdown, a repair or the return to service: the status (only from the one the service saw), the
 * history line with the reason and `equipment.incident` audit. False when someone changed it first.
 */
export async function reportIncidentCommand(
  handle: Db,
  row: EquipmentItemRow,
  body: IncidentBody,
  by: By,
  at = new Date(),
): Promise<boolean> {
  const now = at.toISOString();
  return handle.db.transaction().execute(async (trx) => {
    if (!(await moveItemStatus(trx, row.id, row.status, body.status, now))) return false;
    const incidentId = await insertIncidentRow(trx, {
      item_id: row.id,
      from_status: row.status,
      to_status: body.status,
      reason: body.reason,
      actor_id: by.actor?.id ?? null,
      actor_username: by.actor?.username ?? null,
      created_at: now,
    });
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'equipment.incident',
      entity: 'equipment',
      entityId: row.id,
      regionCode: row.region_code,
      summary: { incidentId, from: row.status, to: body.status, reason: body.reason },
      ip: by.ip,
    });
    return true;
  });
}

/** Adds an operator to a province's pool: the row and `equipment.operator_create` audit (no NIP in it). */
export async function createOperatorCommand(handle: Db, body: CreateOperatorBody, by: By): Promise<number> {
  return handle.db.transaction().execute(async (trx) => {
    const id = await insertOperatorRow(trx, {
      region_code: body.regionCode,
      name: body.name,
      nip: body.nip ?? null,
      phone: body.phone ?? null,
      active: 1,
      created_at: new Date().toISOString(),
    });
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'equipment.operator_create',
      entity: 'equipment_operator',
      entityId: id,
      regionCode: body.regionCode,
      summary: { name: body.name, hasNip: body.nip !== undefined },
      ip: by.ip,
    });
    return id;
  });
}
