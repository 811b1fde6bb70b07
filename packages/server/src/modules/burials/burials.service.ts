import type { BurialBody, BurialEditBody, BurialPage, BurialReply } from '@sigap/contracts';
import {
  burialDateRefusals,
  burialDuplicateKey,
  normaliseNik,
  officeToday,
  validateNik,
} from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { presentBurial } from './burial.presenter';
import { type EntryFields, editBurialCommand, enterBurialCommand, mayEdit } from './burials.commands';
import { burialErrors } from './burials.errors';
import { findBurial, listBurials } from './burials.repository';
import { loadCemeteryForEntry } from './cemeteries.service';

/**
 * The cemetery manager's side: enter a burial from the phone (also replayed from its offline outbox),
 * correct it within the window, list the cemetery's recent entries.
 */
export async function enterBurial(
  handle: Db,
  ctx: RequestContext,
  cemeteryId: number,
  body: BurialBody,
  now = new Date(),
): Promise<BurialReply & { created: boolean }> {
  authorize(ctx.user, 'burial.enter');
  const cemetery = await loadCemeteryForEntry(handle, ctx, cemeteryId);
  const today = officeToday(cemetery.region_code, now);
  const fields = checkedFields(body, today);
  const who = { actor: ctx.user, ip: ctx.ip, now };
  const { id, created } = await enterBurialCommand(
    handle,
    { clientId: body.clientId, cemetery, fields, today },
    who,
  );
  return { burial: await presentOwn(handle, ctx, id, now), created };
}

export async function editBurial(
  handle: Db,
  ctx: RequestContext,
  id: number,
  body: BurialEditBody,
  now = new Date(),
): Promise<BurialReply> {
  authorize(ctx.user, 'burial.enter');
  const b = await findBurial(handle.db, id);
  if (!b) throw burialErrors.notFound();
  const cemetery = await loadCemeteryForEntry(handle, ctx, Number(b.cemetery_id)).catch(() => {
    throw burialErrors.notFound();
  });
  const fields = checkedFields(body, officeToday(cemetery.region_code, now));
  await editBurialCommand(handle, id, fields, { actor: ctx.user, ip: ctx.ip, now });
  return { burial: await presentOwn(handle, ctx, id, now) };
}

/** A cemetery's latest entries, newest first (the manager's "sent" list). */
export async function listCemeteryBurials(
  handle: Db,
  ctx: RequestContext,
  cemeteryId: number,
  now = new Date(),
): Promise<BurialPage> {
  authorize(ctx.user, 'burial.enter');
  await loadCemeteryForEntry(handle, ctx, cemeteryId);
  const { rows, total } = await listBurials(handle.db, {
    scope: ctx.user.regionCode,
    cemeteryId,
    limit: 50,
    offset: 0,
  });
  const who = { actor: ctx.user, now };
  const items = rows.map((b) =>
    presentBurial(b, { fullNik: b.entered_by === ctx.user.id, editable: mayEdit(b, who) }),
  );
  return { items, total, page: 1, pageSize: 50 };
}

async function presentOwn(handle: Db, ctx: RequestContext, id: number, now: Date) {
  const b = await findBurial(handle.db, id);
  if (!b) throw burialErrors.notFound();
  return presentBurial(b, { fullNik: true, editable: mayEdit(b, { actor: ctx.user, now }) });
}

/** The entry's rules, checked where it is written: a valid NIK (if given) and possible dates. */
function checkedFields(body: BurialEditBody, today: string): EntryFields {
  let nik: string | null = null;
  if (body.nik?.trim()) {
    const v = validateNik(body.nik, { referenceDate: today });
    if (!v.ok) throw burialErrors.nik(v.errors[0] as (typeof v.errors)[number]);
    nik = normaliseNik(body.nik);
  }
  const refusals = burialDateRefusals(body, today);
  if (refusals.length > 0) throw burialErrors.dates(refusals);
  return {
    nik,
    full_name: body.fullName,
    dup_key: burialDuplicateKey({ ...body, name: body.fullName }),
    birth_date: body.birthDate,
    date_of_death: body.dateOfDeath,
    date_of_burial: body.dateOfBurial,
    village_code: body.villageCode ?? null,
    cause: body.cause ?? null,
    reporter_name: body.reporterName,
    reporter_relation: body.reporterRelation,
    reporter_phone: body.reporterPhone ?? null,
  };
}
