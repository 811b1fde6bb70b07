import type { PrintBatchReply, PrintQueuePage, PrintQueueQuery } from '@sigap/contracts';
import { isWithinScope, maskNik, officeToday, regionLevel } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { AppError } from '../../errors';
import { authorize } from '../access';
import { recordAudit } from '../audit';
import { electionConcerns, electionsFrom } from '../elections';
import { findRegionByCode } from '../regions';
import { printSupplies, blankoOnHand as stockBlanko } from '../stock';
import { printCardCommand } from './prints.commands';
import { printErrors } from './prints.errors';
import { findResident, regionNames } from './prints.repository';
import { queuePage, queueTotal } from './prints-queue.repository';

/** A printing office: a known regency/city. */
export async function officeOf(handle: Db, code: string): Promise<{ code: string; name: string }> {
  const region = regionLevel(code) === 'regency' ? await findRegionByCode(handle.db, code) : undefined;
  if (!region) throw printErrors.officeInvalid(code);
  return { code: region.code, name: region.name };
}

/**
 * Whether a regency's office has blanko on hand. The suket module asks this: PRR residents of an office
 * that has blanko must be printed, never given a suket.
 */
export async function officeHasBlanko(handle: Db, regencyCode: string): Promise<boolean> {
  return (await stockBlanko(handle, regencyCode)) > 0;
}

/** Blanko on hand at a regency office (the daily report's suggested blanko figure): the stock card's. */
export function blankoOnHand(handle: Db, regencyCode: string): Promise<number> {
  return stockBlanko(handle, regencyCode);
}

/** The voting day of the next election that concerns the office's region, if any. */
async function nextVotingDay(handle: Db, office: string, today: string): Promise<string | null> {
  const next = (await electionsFrom(handle, today)).find((e) => electionConcerns(e, office));
  return next?.votingDate ?? null;
}

/**
 * The print queue: voters of the next election first (their card is needed on voting day), grouped by
 * district, then the longest waiting PRR first. Only residents who must hold an e-KTP today are listed
 * (the counters' rule), so the queue's length is the dashboard's PRR backlog of the area. The database
 * orders and pages it (`queuePage`); only one page of rows is read.
 */
export async function printQueue(
  handle: Db,
  ctx: RequestContext,
  q: PrintQueueQuery,
  now: Date = new Date(),
): Promise<PrintQueuePage> {
  authorize(ctx.user, 'print.read', q.office);
  const office = await officeOf(handle, q.office);
  const today = officeToday(office.code, now);
  const votingDay = await nextVotingDay(handle, office.code, today);
  const filter = { office: office.code, today, votingDay, district: q.district, village: q.village, q: q.q };
  const total = await queueTotal(handle.db, filter);
  // Opening the queue shows names of a whole office's backlog: audited once, like a field list.
  if (q.page === 1)
    await handle.db.transaction().execute((trx) =>
      recordAudit(trx, handle.store, {
        actor: ctx.user,
        action: 'print.queue',
        entity: 'region',
        entityId: null,
        regionCode: office.code,
        summary: { rows: total, district: q.district ?? null, village: q.village ?? null, q: q.q ?? null },
        ip: ctx.ip,
      }),
    );
  const page = await queuePage(handle.db, handle.store, filter, {
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const districts = new Map(
    (await regionNames(handle.db, [...new Set(page.map((p) => p.district_code))])).map((d) => [
      d.code,
      d.name,
    ]),
  );
  return {
    office,
    votingDay,
    blanko: await stockBlanko(handle, office.code),
    supplies: await printSupplies(handle, office.code),
    items: page.map((r) => ({
      id: r.id,
      nikMasked: maskNik(r.nik),
      fullName: r.full_name,
      villageCode: r.village_code,
      villageName: r.village_name ?? r.village_code,
      districtCode: r.district_code,
      districtName: districts.get(r.district_code) ?? r.district_code,
      voter: Number(r.voter) === 1,
      prrSince: r.since,
      phone: r.phone !== null && r.phone !== '',
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Prints (or records as spoiled) the card of one resident at the office of the resident's regency. */
export async function printOne(
  handle: Db,
  ctx: RequestContext,
  residentId: number,
  body: { spoiled: boolean; reason?: string | undefined },
  now: Date = new Date(),
): Promise<number> {
  authorize(ctx.user, 'print.write');
  const resident = await findResident(handle.db, residentId);
  if (!resident || !isWithinScope(ctx.user.regionCode, resident.village_code))
    throw printErrors.residentNotFound();
  if (body.spoiled && !body.reason) throw printErrors.reasonRequired();
  const office = await officeOf(handle, resident.village_code.split('.').slice(0, 2).join('.'));
  return printCardCommand(handle, ctx, {
    office,
    residentId,
    spoiled: body.spoiled,
    reason: body.reason ?? null,
    now,
  });
}

/** N cards, each its own transaction: one refusal (a resident already printed) does not undo the rest. */
export async function printBatch(
  handle: Db,
  ctx: RequestContext,
  body: { office: string; residentIds: number[] },
  now: Date = new Date(),
): Promise<PrintBatchReply> {
  authorize(ctx.user, 'print.write', body.office);
  const office = await officeOf(handle, body.office);
  const out: PrintBatchReply = { printed: 0, refused: [] };
  for (const residentId of body.residentIds) {
    try {
      await printCardCommand(handle, ctx, { office, residentId, spoiled: false, reason: null, now });
      out.printed++;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      out.refused.push({ residentId, error: err.id, message: err.messageId, messageEn: err.messageEn });
      // Without blanko every later card is refused the same way: say it once per card, without trying.
      if (err.id === 'print_no_blanko') {
        for (const rest of body.residentIds.slice(body.residentIds.indexOf(residentId) + 1))
          out.refused.push({
            residentId: rest,
            error: err.id,
            message: err.messageId,
            messageEn: err.messageEn,
          });
        break;
      }
    }
  }
  return out;
}
