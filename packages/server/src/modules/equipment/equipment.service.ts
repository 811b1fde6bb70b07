import type {
  CreateEquipmentBody,
  CreateOperatorBody,
  EquipmentItem,
  EquipmentReply,
  IncidentBody,
  PoolOperator,
  UpdateEquipmentBody,
} from '@sigap/contracts';
import { regionLevel } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { authorize } from '../access';
import { findRegionByCode } from '../regions';
import {
  createEquipmentCommand,
  createOperatorCommand,
  reportIncidentCommand,
  updateEquipmentCommand,
} from './equipment.commands';
import { equipmentErrors } from './equipment.errors';
import { toIncident, toItem, toOperator } from './equipment.presenter';
import {
  type EquipmentItemRow,
  findItemRow,
  latestIncidentTimes,
  listIncidentRows,
  listItemRows,
  listOperatorRows,
  tagExists,
  usableItemRows,
} from './equipment.repository';

type ItemAction = 'equipment.read' | 'equipment.manage';

/** Items owned in the region asked for (default: the user's scope), which must lie inside the scope. */
export async function listEquipment(
  handle: Db,
  ctx: RequestContext,
  region?: string,
): Promise<EquipmentItem[]> {
  const where = region ?? ctx.user.regionCode;
  authorize(ctx.user, 'equipment.read', where);
  const rows = await listItemRows(handle.db, where);
  const since = await latestIncidentTimes(
    handle.db,
    rows.map((r) => Number(r.id)),
  );
  return rows.map((r) => toItem(r, since.get(Number(r.id))));
}

/** An item by id whose owner the user may act on; another region's item is refused as out of scope. */
export async function loadItemInScope(
  handle: Db,
  ctx: RequestContext,
  id: number,
  action: ItemAction,
): Promise<EquipmentItemRow> {
  authorize(ctx.user, action);
  const row = await findItemRow(handle.db, id);
  if (!row) throw equipmentErrors.notFound(id);
  authorize(ctx.user, action, row.region_code);
  return row;
}

async function detail(handle: Db, id: number): Promise<EquipmentReply> {
  const row = await findItemRow(handle.db, id);
  if (!row) throw equipmentErrors.notFound(id);
  const incidents = (await listIncidentRows(handle.db, id)).map(toIncident);
  return { item: toItem(row, incidents[0]?.at), incidents };
}

export async function getEquipment(handle: Db, ctx: RequestContext, id: number): Promise<EquipmentReply> {
  await loadItemInScope(handle, ctx, id, 'equipment.read');
  return detail(handle, id);
}

/** Equipment belongs to an office: a province (its pool) or a regency/city office. */
async function checkOwner(handle: Db, code: string): Promise<void> {
  const level = regionLevel(code);
  if ((level !== 'province' && level !== 'regency') || !(await findRegionByCode(handle.db, code))) {
    throw equipmentErrors.badOwner();
  }
}

export async function createEquipment(
  handle: Db,
  ctx: RequestContext,
  body: CreateEquipmentBody,
): Promise<EquipmentReply> {
  authorize(ctx.user, 'equipment.manage', body.regionCode);
  await checkOwner(handle, body.regionCode);
  if (await tagExists(handle.db, body.tag)) throw equipmentErrors.tagTaken(body.tag);
  const id = await createEquipmentCommand(handle, body, { actor: ctx.user, ip: ctx.ip });
  return detail(handle, id);
}

export async function updateEquipment(
  handle: Db,
  ctx: RequestContext,
  id: number,
  body: UpdateEquipmentBody,
): Promise<EquipmentReply> {
  const row = await loadItemInScope(handle, ctx, id, 'equipment.manage');
  if (body.tag && body.tag !== row.tag && (await tagExists(handle.db, body.tag))) {
    throw equipmentErrors.tagTaken(body.tag);
  }
  await updateEquipmentCommand(handle, row, body, { actor: ctx.user, ip: ctx.ip });
  return detail(handle, id);
}

/** A breakdown, repair or return to service; the same status twice is refused (it would be no event). */
export async function reportIncident(
  handle: Db,
  ctx: RequestContext,
  id: number,
  body: IncidentBody,
): Promise<EquipmentReply> {
  const row = await loadItemInScope(handle, ctx, id, 'equipment.manage');
  if (row.status === body.status) throw equipmentErrors.statusUnchanged();
  if (!(await reportIncidentCommand(handle, row, body, { actor: ctx.user, ip: ctx.ip }))) {
    throw equipmentErrors.statusUnchanged();
  }
  return detail(handle, id);
}

export async function listOperators(
  handle: Db,
  ctx: RequestContext,
  region?: string,
): Promise<PoolOperator[]> {
  const where = region ?? ctx.user.regionCode;
  authorize(ctx.user, 'equipment.read', where);
  return (await listOperatorRows(handle.db, where)).map(toOperator);
}

/** Adds an operator to a province's pool (only provinces keep a pool). */
export async function createOperator(
  handle: Db,
  ctx: RequestContext,
  body: CreateOperatorBody,
): Promise<PoolOperator> {
  authorize(ctx.user, 'equipment.lend', body.regionCode);
  if (regionLevel(body.regionCode) !== 'province' || !(await findRegionByCode(handle.db, body.regionCode))) {
    throw equipmentErrors.operatorRegion();
  }
  const id = await createOperatorCommand(handle, body, { actor: ctx.user, ip: ctx.ip });
  const row = (await listOperatorRows(handle.db, body.regionCode)).find((o) => Number(o.id) === id);
  if (!row) throw equipmentErrors.operatorUnavailable(id);
  return toOperator(row);
}

/** Working items an office may take on a visit on `day` (own or lent to it), for other modules (outreach). */
export async function usableEquipmentOn(
  db: Kysely<Database>,
  regency: string,
  day: string,
): Promise<{ id: number; tag: string; name: string; kind: string }[]> {
  const rows = await usableItemRows(db, regency, day);
  return rows.map((r) => ({ id: Number(r.id), tag: r.tag, name: r.name, kind: r.kind }));
}
