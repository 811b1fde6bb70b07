import type {
  ClosureBody,
  CreateServicePointBody,
  ServicePointDetail,
  SessionBody,
  UpdateServicePointBody,
} from '@sigap/contracts';
import { officeToday, sessionProblems, type WeeklyHours, weeklyHoursProblems } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { findRegionsByCode } from '../regions';
import { toPlan, toSession } from './service-point.presenter';
import {
  addClosureCommand,
  addSessionCommand,
  createServicePointCommand,
  updateServicePointCommand,
} from './service-points.commands';
import { servicePointErrors } from './service-points.errors';
import {
  closureExists,
  findPointRow,
  listClosureRows,
  listSessionRows,
  pointNameExists,
  type ServicePointRow,
} from './service-points.repository';
import { loadPointInScope, servicePointDetail } from './service-points.service';

function checkHours(hours: WeeklyHours): void {
  const problems = weeklyHoursProblems(hours);
  if (problems.length > 0) throw servicePointErrors.badHours(problems);
}

/**
 * New hours must leave every upcoming extra session outside the regular hours of its day (the rule a
 * session was added under), or that day's capacity would count two sets of counters at once.
 */
async function checkSessionsFit(handle: Db, row: ServicePointRow, hours: WeeklyHours): Promise<void> {
  const today = officeToday(row.region_code);
  const closures = await listClosureRows(handle.db, row.id, today);
  const plan = { ...toPlan(row, closures, []), hours };
  for (const s of (await listSessionRows(handle.db, row.id, today)).map(toSession)) {
    const [problem] = sessionProblems(plan, s);
    if (problem) throw servicePointErrors.badSession(problem);
  }
}

async function reload(handle: Db, id: number): Promise<ServicePointDetail> {
  const row = await findPointRow(handle.db, id);
  if (!row) throw servicePointErrors.notFound(id);
  return servicePointDetail(handle, row);
}

/** Adds a point in a known regency/city, district or village inside the manager's scope. */
export async function createServicePoint(
  handle: Db,
  ctx: RequestContext,
  body: CreateServicePointBody,
): Promise<ServicePointDetail> {
  authorize(ctx.user, 'service_point.manage', body.regionCode);
  const [region] = await findRegionsByCode(handle.db, [body.regionCode]);
  if (!region || body.regionCode.split('.').length < 2) throw servicePointErrors.badRegion();
  checkHours(body.hours);
  if (await pointNameExists(handle.db, body.regionCode, body.name)) throw servicePointErrors.nameTaken();
  const id = await createServicePointCommand(handle, body, { actor: ctx.user, ip: ctx.ip });
  return reload(handle, id);
}

export async function updateServicePoint(
  handle: Db,
  ctx: RequestContext,
  id: number,
  body: UpdateServicePointBody,
): Promise<ServicePointDetail> {
  const row = await loadPointInScope(handle, ctx, id, 'service_point.manage');
  if (body.hours) {
    checkHours(body.hours);
    await checkSessionsFit(handle, row, body.hours);
  }
  if (body.name && body.name !== row.name && (await pointNameExists(handle.db, row.region_code, body.name))) {
    throw servicePointErrors.nameTaken();
  }
  await updateServicePointCommand(handle, row, body, { actor: ctx.user, ip: ctx.ip });
  return reload(handle, id);
}

/** Closes a point for a day (a national holiday or a local closure); one closure per day. */
export async function addClosure(
  handle: Db,
  ctx: RequestContext,
  id: number,
  body: ClosureBody,
): Promise<ServicePointDetail> {
  const row = await loadPointInScope(handle, ctx, id, 'service_point.manage');
  if (await closureExists(handle.db, row.id, body.date)) throw servicePointErrors.closureExists();
  await addClosureCommand(handle, row, body, { actor: ctx.user, ip: ctx.ip });
  return reload(handle, id);
}

/** Adds an extra session, refused when it overlaps the day's regular hours or another session. */
export async function addSession(
  handle: Db,
  ctx: RequestContext,
  id: number,
  body: SessionBody,
): Promise<ServicePointDetail> {
  const row = await loadPointInScope(handle, ctx, id, 'service_point.manage');
  const plan = toPlan(
    row,
    await listClosureRows(handle.db, row.id, body.date, body.date),
    await listSessionRows(handle.db, row.id, body.date, body.date),
  );
  const [problem] = sessionProblems(plan, body);
  if (problem) throw servicePointErrors.badSession(problem);
  await addSessionCommand(handle, row, body, { actor: ctx.user, ip: ctx.ip });
  return reload(handle, id);
}
