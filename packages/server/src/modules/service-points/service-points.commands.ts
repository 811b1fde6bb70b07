import type {
  ClosureBody,
  CreateServicePointBody,
  SessionBody,
  UpdateServicePointBody,
} from '@sigap/contracts';
import type { Db } from '../../db/connect';
import { recordAudit } from '../audit';
import {
  insertClosureRow,
  insertPointRow,
  insertSessionRow,
  type ServicePointRow,
  updatePointRow,
} from './service-points.repository';

/** Who writes: a user (with the request's address) or the system (`actor: null`: the demo seed). */
interface By {
  actor: { id: number; username: string } | null;
  ip: string | null;
}

/** Adds a service point: in one transaction the row and its `service_point.create` audit entry. */
export async function createServicePointCommand(
  handle: Db,
  body: CreateServicePointBody,
  by: By,
): Promise<number> {
  const now = new Date().toISOString();
  return handle.db.transaction().execute(async (trx) => {
    const id = await insertPointRow(trx, {
      region_code: body.regionCode,
      name: body.name,
      kind: body.kind,
      address: body.address,
      counters: body.counters,
      services: JSON.stringify(body.services),
      hours: JSON.stringify(body.hours),
      active: 1,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'service_point.create',
      entity: 'service_point',
      entityId: id,
      regionCode: body.regionCode,
      summary: { ...body },
      ip: by.ip,
    });
    return id;
  });
}

/** Changes a point: the row and a `service_point.update` audit entry with each changed field's old value. */
export async function updateServicePointCommand(
  handle: Db,
  row: ServicePointRow,
  patch: UpdateServicePointBody,
  by: By,
): Promise<void> {
  const old: Record<string, unknown> = {
    name: row.name,
    address: row.address,
    counters: Number(row.counters),
    services: JSON.parse(row.services),
    hours: JSON.parse(row.hours),
    active: Number(row.active) === 1,
  };
  const summary = Object.fromEntries(
    Object.entries(patch)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, { from: old[k], to: v }]),
  );
  await handle.db.transaction().execute(async (trx) => {
    await updatePointRow(trx, row.id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.address !== undefined ? { address: patch.address } : {}),
      ...(patch.counters !== undefined ? { counters: patch.counters } : {}),
      ...(patch.services !== undefined ? { services: JSON.stringify(patch.services) } : {}),
      ...(patch.hours !== undefined ? { hours: JSON.stringify(patch.hours) } : {}),
      ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
      updated_at: new Date().toISOString(),
    });
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'service_point.update',
      entity: 'service_point',
      entityId: row.id,
      regionCode: row.region_code,
      summary,
      ip: by.ip,
    });
  });
}

/** Closes a point for one day: the closure row and a `service_point.closure` audit entry. */
export async function addClosureCommand(
  handle: Db,
  row: ServicePointRow,
  body: ClosureBody,
  by: By,
): Promise<number> {
  return handle.db.transaction().execute(async (trx) => {
    const id = await insertClosureRow(trx, {
      service_point_id: row.id,
      date: body.date,
      reason: body.reason,
      created_at: new Date().toISOString(),
    });
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'service_point.closure',
      entity: 'service_point',
      entityId: row.id,
      regionCode: row.region_code,
      summary: { closureId: id, ...body },
      ip: by.ip,
    });
    return id;
  });
}

/** Adds an extra session: the session row and a `service_point.session` audit entry. */
export async function addSessionCommand(
  handle: Db,
  row: ServicePointRow,
  body: SessionBody,
  by: By,
): Promise<number> {
  return handle.db.transaction().execute(async (trx) => {
    const id = await insertSessionRow(trx, {
      service_point_id: row.id,
      date: body.date,
      kind: body.kind,
      start_time: body.start,
      end_time: body.end,
      counters: body.counters,
      created_at: new Date().toISOString(),
    });
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'service_point.session',
      entity: 'service_point',
      entityId: row.id,
      regionCode: row.region_code,
      summary: { sessionId: id, ...body },
      ip: by.ip,
    });
    return id;
  });
}
