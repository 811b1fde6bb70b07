import type { VoterRollClass } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { recordAudit } from '../audit';
import type { ExportFile } from '../exports';
import { findRegionByCode } from '../regions';
import { presentRollItem } from './voter-roll.presenter';
import { renderEvidencePdf, renderEvidenceXlsx, renderSetXlsx } from './voter-roll-files';
import { voterRollErrors } from './voter-rolls.errors';
import {
  allOfSet,
  deceasedWithCertificates,
  pageOfSet,
  residentIdsOfSet,
  type VoterRollRow,
} from './voter-rolls.repository';
import { regionOfRoll, rollFor } from './voter-rolls.service';

/** A set of a classified roll inside a region the caller may read. */
async function openSet(handle: Db, ctx: RequestContext, id: number, region: string | undefined) {
  const roll = await rollFor(handle, ctx, id, 'voter_roll.read');
  if (!roll.classified_at) throw voterRollErrors.notClassified();
  const within = regionOfRoll(roll, region);
  authorize(ctx.user, 'voter_roll.read', within);
  return { roll, region: within };
}

/** Every list opened or downloaded is audited: names and birth dates of voters (UU PDP). */
async function auditList(
  handle: Db,
  ctx: RequestContext,
  roll: VoterRollRow,
  summary: Record<string, unknown>,
): Promise<void> {
  await handle.db.transaction().execute((trx) =>
    recordAudit(trx, handle.store, {
      actor: ctx.user,
      action: 'voter_roll.list',
      entity: 'voter_roll',
      entityId: Number(roll.id),
      regionCode: roll.region_code,
      summary,
      ip: ctx.ip,
    }),
  );
}

export async function rollSetPage(
  handle: Db,
  ctx: RequestContext,
  id: number,
  q: { class: VoterRollClass; region?: string | undefined; page: number; pageSize: number },
) {
  const { roll, region } = await openSet(handle, ctx, id, q.region);
  const { rows, total } = await pageOfSet(handle.db, roll.id, q.class, region, {
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  if (q.page === 1)
    await auditList(handle, ctx, roll, { class: q.class, region, rows: total, format: 'page' });
  return { items: rows.map(presentRollItem), total, page: q.page, pageSize: q.pageSize };
}

export async function exportRollSet(
  handle: Db,
  ctx: RequestContext,
  id: number,
  q: { class: VoterRollClass; region?: string | undefined },
  now: Date = new Date(),
): Promise<ExportFile> {
  const { roll, region } = await openSet(handle, ctx, id, q.region);
  const rows = await allOfSet(handle.db, roll.id, q.class, region);
  await auditList(handle, ctx, roll, { class: q.class, region, rows: rows.length, format: 'xlsx' });
  const regionRow = await findRegionByCode(handle.db, region);
  return renderSetXlsx({
    roll,
    cls: q.class,
    region: { code: region, name: regionRow?.name ?? region },
    items: rows.map(presentRollItem),
    generatedAt: now,
    generatedBy: ctx.user.username,
  });
}

/**
 * The evidence for the election commission: voters on the roll who are deceased with a death certificate
 * on record, with its number and date. The NIK is shown in full: KPU strikes a voter by NIK, and the file
 * is handed to KPU only (audited).
 */
export async function exportEvidence(
  handle: Db,
  ctx: RequestContext,
  id: number,
  q: { format: 'xlsx' | 'pdf'; region?: string | undefined },
  now: Date = new Date(),
): Promise<ExportFile> {
  const { roll, region } = await openSet(handle, ctx, id, q.region);
  const seen = new Set<number | null>();
  const rows = (await deceasedWithCertificates(handle.db, roll.id, region)).filter((r) => {
    const key = r.line === null ? null : Number(r.line);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  await auditList(handle, ctx, roll, {
    class: 'deceased_certified',
    region,
    rows: rows.length,
    format: q.format,
  });
  const regionRow = await findRegionByCode(handle.db, region);
  const input = {
    roll,
    region: { code: region, name: regionRow?.name ?? region },
    rows,
    generatedAt: now,
    generatedBy: ctx.user.username,
  };
  return q.format === 'pdf' ? renderEvidencePdf(input) : renderEvidenceXlsx(input);
}

/**
 * The resident ids of a set within a region of the roll, for another module to act on (the outreach
 * module's target lists; invitations below). Checks the caller may read the roll and the region.
 */
export async function residentIdsOfRollSet(
  h: Db,
  ctx: RequestContext,
  rollId: number,
  className: VoterRollClass,
  regionCode?: string,
): Promise<number[]> {
  const { roll, region } = await openSet(h, ctx, rollId, regionCode);
  return residentIdsOfSet(h.db, roll.id, className, region);
}
