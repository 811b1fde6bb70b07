import type { CemeteryBody, CemeteryList } from '@sigap/contracts';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize, inScope } from '../access';
import { findRegionByCode } from '../regions';
import { burialErrors } from './burials.errors';
import { createCemeteryCommand } from './cemeteries.commands';
import { cemeteriesIn, cemeteriesOfManager, findCemetery, managesCemetery } from './cemeteries.repository';
import { presentCemetery } from './cemetery.presenter';

/** The cemeteries of a region (the office's list, the users form's choice for a manager account). */
export async function listCemeteries(
  handle: Db,
  ctx: RequestContext,
  region?: string,
): Promise<CemeteryList> {
  const scope = region ?? ctx.user.regionCode;
  authorize(ctx.user, 'burial.read', scope);
  return { items: (await cemeteriesIn(handle.db, scope)).map(presentCemetery) };
}

/** Where the caller may enter burials: a manager's linked cemeteries, an office's cemeteries in scope. */
export async function myCemeteries(handle: Db, ctx: RequestContext): Promise<CemeteryList> {
  authorize(ctx.user, 'burial.enter');
  const rows =
    ctx.user.role === 'pengelola_makam'
      ? (await cemeteriesOfManager(handle.db, ctx.user.id)).filter((c) => inScope(ctx.user, c.region_code))
      : await cemeteriesIn(handle.db, ctx.user.regionCode);
  return { items: rows.map(presentCemetery) };
}

export async function createCemetery(handle: Db, ctx: RequestContext, body: CemeteryBody) {
  authorize(ctx.user, 'cemetery.manage', body.regionCode);
  if (!(await findRegionByCode(handle.db, body.regionCode))) throw burialErrors.unknownRegion();
  const id = await createCemeteryCommand(
    handle,
    { name: body.name, region_code: body.regionCode, address: body.address ?? null },
    { actor: ctx.user, ip: ctx.ip },
  );
  const row = await findCemetery(handle.db, id);
  if (!row) throw burialErrors.cemeteryNotFound();
  return { cemetery: presentCemetery(row) };
}

/**
 * The cemetery a caller enters burials at: in their scope and, for a manager, linked to them. Anything
 * else answers like an unknown cemetery, so a manager learns nothing of the others.
 */
export async function loadCemeteryForEntry(handle: Db, ctx: RequestContext, id: number) {
  const row = await findCemetery(handle.db, id);
  if (!row || !inScope(ctx.user, row.region_code)) throw burialErrors.cemeteryNotFound();
  if (ctx.user.role === 'pengelola_makam' && !(await managesCemetery(handle.db, ctx.user.id, id)))
    throw burialErrors.cemeteryNotFound();
  return row;
}
