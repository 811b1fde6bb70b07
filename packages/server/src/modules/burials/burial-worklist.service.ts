import type { BurialDetail, BurialPage, BurialQuery } from '@sigap/contracts';
import { CANDIDATE_MIN_SCORE, normaliseName, scoreCandidate } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize, inScope } from '../access';
import { findRegionByCode } from '../regions';
import { loadResidentInScope } from '../residents';
import { presentBurial, presentCandidate } from './burial.presenter';
import { dismissBurialCommand, matchBurialCommand } from './burials.commands';
import { burialErrors } from './burials.errors';
import { type BurialRow, candidatePool, duplicatesOf, findBurial, listBurials } from './burials.repository';
import { annulCertificateCommand, issueCertificateCommand } from './death-certificates.commands';
import { certificateOfBurial } from './death-certificates.repository';

/**
 * The regency office's worklist: every burial is a death lead that ends in a certificate or a reasoned
 * dismissal. Entries outside the caller's scope answer like unknown ones.
 */
export async function listWorklist(handle: Db, ctx: RequestContext, q: BurialQuery): Promise<BurialPage> {
  const scope = q.region ?? ctx.user.regionCode;
  authorize(ctx.user, 'burial.read', scope);
  const { rows, total } = await listBurials(handle.db, {
    scope,
    status: q.status,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const items = rows.map((b) => presentBurial(b, { fullNik: false, editable: false }));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

async function loadInScope(handle: Db, ctx: RequestContext, id: number): Promise<BurialRow> {
  const b = await findBurial(handle.db, id);
  if (!b || !inScope(ctx.user, b.region_code)) throw burialErrors.notFound();
  return b;
}

/** One entry with its candidates side by side (score parts shown) and the other entries of that person. */
export async function openBurial(handle: Db, ctx: RequestContext, id: number): Promise<BurialDetail> {
  authorize(ctx.user, 'burial.read');
  const b = await loadInScope(handle, ctx, id);
  const village = b.village_code ?? (b.region_code.length === 13 ? b.region_code : null);
  const initial = normaliseName(b.full_name)[0]?.[0] ?? '';
  const pool = await candidatePool(handle.db, ctx.user.regionCode, {
    nik: b.nik,
    birthDate: b.birth_date,
    village,
    initial,
  });
  const entry = { name: b.full_name, birthDate: b.birth_date, villageCode: village };
  const candidates = pool
    .map((r) => {
      const s = scoreCandidate(entry, {
        name: r.full_name,
        birthDate: r.birth_date,
        villageCode: r.village_code,
      });
      return presentCandidate(r, s, b.nik !== null && r.nik === b.nik);
    })
    .filter((c) => c.byNik || c.score >= CANDIDATE_MIN_SCORE || c.residentId === Number(b.resident_id))
    .sort((x, y) => y.score - x.score)
    .slice(0, 10);
  const duplicates = (await duplicatesOf(handle.db, b)).filter((d) => inScope(ctx.user, d.region_code));
  const certificate = await certificateOfBurial(handle.db, b.id);
  return {
    burial: presentBurial(b, { fullNik: true, editable: false, certificate }),
    candidates,
    duplicates: duplicates.map((d) => presentBurial(d, { fullNik: false, editable: false })),
  };
}

export async function matchBurial(handle: Db, ctx: RequestContext, id: number, residentId: number) {
  authorize(ctx.user, 'burial.process');
  const b = await loadInScope(handle, ctx, id);
  const resident = await loadResidentInScope(handle, ctx, residentId);
  if (resident.life_status !== 'ALIVE') throw burialErrors.residentDeceased();
  await matchBurialCommand(handle, b, resident.id, { actor: ctx.user, ip: ctx.ip });
  return openBurial(handle, ctx, id);
}

export async function dismissBurial(handle: Db, ctx: RequestContext, id: number, reason: string) {
  authorize(ctx.user, 'burial.process');
  const b = await loadInScope(handle, ctx, id);
  await dismissBurialCommand(handle, b, reason, { actor: ctx.user, ip: ctx.ip });
  return openBurial(handle, ctx, id);
}

/** Issues the certificate of a matched entry (the office verified it); see issueCertificateCommand. */
export async function certifyBurial(handle: Db, ctx: RequestContext, id: number, now = new Date()) {
  authorize(ctx.user, 'burial.process');
  const b = await loadInScope(handle, ctx, id);
  if (b.status !== 'matched' || b.resident_id === null) throw burialErrors.wrongStatus();
  const resident = await loadResidentInScope(handle, ctx, Number(b.resident_id));
  const regency = await findRegionByCode(handle.db, resident.village_code.slice(0, 5));
  const office = `Disdukcapil ${regency?.name ?? resident.village_code.slice(0, 5)}`.slice(0, 100);
  await issueCertificateCommand(handle, b, resident, { actor: ctx.user, ip: ctx.ip, now, office });
  return openBurial(handle, ctx, id);
}

/** A second officer annuls the entry's certificate with a reason, restoring the resident. */
export async function annulCertificate(
  handle: Db,
  ctx: RequestContext,
  id: number,
  reason: string,
  now = new Date(),
) {
  authorize(ctx.user, 'burial.process');
  const b = await loadInScope(handle, ctx, id);
  const cert = await certificateOfBurial(handle.db, b.id);
  if (cert?.status !== 'active') throw burialErrors.notCertified();
  const resident = await loadResidentInScope(handle, ctx, Number(cert.resident_id));
  await annulCertificateCommand(handle, b, cert, resident, reason, { actor: ctx.user, ip: ctx.ip, now });
  return openBurial(handle, ctx, id);
}
