import type { FieldListExportQuery, FieldListKind, FieldListPage, FieldListQuery } from '@sigap/contracts';
import { officeToday, regionLevel } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { errors } from '../../errors';
import { authorize } from '../access';
import { recordAudit } from '../audit';
import type { ExportFile } from '../exports';
import { findRegionByCode } from '../regions';
import { renderFieldListPdf, renderFieldListXlsx } from './field-list-files';
import { belongsOn, presentFieldListItem } from './field-list-rules';
import { fieldListErrors } from './field-lists.errors';
import { candidates, type FieldListRow } from './field-lists.repository';

interface Loaded {
  region: { code: string; name: string; level: string };
  kind: FieldListKind;
  referenceDate: string;
  rows: FieldListRow[];
}

/** Checks access and loads the whole list of a district or village (walking order). */
async function load(
  handle: Db,
  ctx: RequestContext,
  q: FieldListExportQuery | FieldListQuery,
): Promise<Loaded> {
  authorize(ctx.user, 'resident.field_list', q.region);
  const level = regionLevel(q.region);
  if (level !== 'district' && level !== 'village') throw fieldListErrors.regionTooLarge();
  const region = await findRegionByCode(handle.db, q.region);
  if (!region) throw errors.notFound('Wilayah', 'region', q.region);
  const referenceDate = q.on ?? officeToday(q.region);
  const rows = (await candidates(handle.db, q.region, q.kind)).filter((r) =>
    belongsOn(q.kind, r, referenceDate),
  );
  return { region: { code: region.code, name: region.name, level }, kind: q.kind, referenceDate, rows };
}

/** Every list shown or downloaded is audited: it holds names, addresses and phone numbers (UU PDP). */
async function audit(handle: Db, ctx: RequestContext, l: Loaded, format: 'page' | 'xlsx' | 'pdf') {
  await handle.db.transaction().execute((trx) =>
    recordAudit(trx, handle.store, {
      actor: ctx.user,
      action: 'resident.field_list',
      entity: 'region',
      entityId: null,
      regionCode: l.region.code,
      summary: { kind: l.kind, referenceDate: l.referenceDate, rows: l.rows.length, format },
      ip: ctx.ip,
    }),
  );
}

export async function fieldListPage(
  handle: Db,
  ctx: RequestContext,
  q: FieldListQuery,
): Promise<FieldListPage> {
  const l = await load(handle, ctx, q);
  // The first page opens the list; paging through it is the same reading, audited once.
  if (q.page === 1) await audit(handle, ctx, l, 'page');
  const from = (q.page - 1) * q.pageSize;
  return {
    region: l.region,
    kind: l.kind,
    referenceDate: l.referenceDate,
    items: l.rows.slice(from, from + q.pageSize).map((r) => presentFieldListItem(r, l.referenceDate)),
    total: l.rows.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function exportFieldList(
  handle: Db,
  ctx: RequestContext,
  q: FieldListExportQuery,
  now: Date = new Date(),
): Promise<ExportFile> {
  const l = await load(handle, ctx, q);
  await audit(handle, ctx, l, q.format);
  const items = l.rows.map((r) => presentFieldListItem(r, l.referenceDate));
  const input = { ...l, items, generatedAt: now, generatedBy: ctx.user.username };
  return q.format === 'pdf' ? renderFieldListPdf(input) : renderFieldListXlsx(input);
}
