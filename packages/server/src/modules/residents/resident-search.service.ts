import type { ResidentSearchQuery } from '@sigap/contracts';
import { maskNik, normaliseNik } from '@sigap/domain';
import type { ReadBudget } from '../../config';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { errors } from '../../errors';
import { authorize } from '../access';
import { recordAuditAlone } from '../audit';
import { checkReadBudget } from '../read-budget';
import { searchText } from '../regions';
import { presentListItem } from './resident-list.presenter';
import { searchResidents } from './residents-search.repository';

/** A name query stays readable in the audit, but a NIK typed into it is masked like any other. */
function maskDigitRuns(text: string): string {
  return text.replace(/\d{5,}/g, (run) => maskNik(run));
}

/**
 * Searches residents in the caller's scope. Every page read is audited (who, the filter with any NIK
 * masked, the ids shown and the count) and spent from the caller's read budget (429 when exhausted).
 */
export async function searchInScope(
  handle: Db,
  ctx: RequestContext,
  q: ResidentSearchQuery,
  budget: ReadBudget,
) {
  // A region the caller names is theirs to name, so out_of_scope here reveals nothing about anyone.
  authorize(ctx.user, 'resident.read', q.region);
  const nik = q.nik ? normaliseNik(q.nik) : undefined;
  if (!nik && !q.q && !q.region) {
    throw errors.validation([
      { field: 'q', message: 'Isi NIK, nama atau wilayah.', messageEn: 'Give a NIK, a name or a region.' },
    ]);
  }
  const charge = await checkReadBudget(handle, ctx, budget);
  const { rows, total } = await searchResidents(
    handle.db,
    {
      scope: ctx.user.regionCode,
      nik,
      text: q.q ? searchText(q.q) : undefined,
      match: q.match,
      region: q.region,
      status: q.status,
      wajibOn: q.wajibOn,
    },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  const items = rows.map(presentListItem);
  await charge(items.length);
  await recordAuditAlone(handle, {
    actor: ctx.user,
    action: nik ? 'resident.lookup_nik' : 'resident.search',
    entity: 'resident',
    entityId: nik && items.length === 1 ? (items[0]?.id ?? null) : null,
    regionCode: q.region ?? ctx.user.regionCode,
    summary: {
      filter: {
        nik: nik ? maskNik(nik) : undefined,
        q: q.q ? maskDigitRuns(q.q) : undefined,
        match: q.q ? q.match : undefined,
        region: q.region,
        status: q.status,
        wajibOn: q.wajibOn,
      },
      page: q.page,
      pageSize: q.pageSize,
      shown: items.length,
      total,
      ids: items.map((i) => i.id),
    },
    ip: ctx.ip,
  });
  return { items, total, page: q.page, pageSize: q.pageSize };
}
