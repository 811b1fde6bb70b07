import type {
  ApproveStockRequestBody,
  CreateStockRequestBody,
  ShipStockRequestBody,
  StockRequest,
  StockRequestDetail,
} from '@sigap/contracts';
import { type Action, isWithinScope } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { StockRequestStatus } from '../../db/schema';
import { authorize } from '../access';
import { stockErrors } from './stock.errors';
import { toRequest } from './stock.presenter';
import { regionNames } from './stock.repository';
import { checkLocation, supplierOf } from './stock.service';
import { createRequestCommand, transitionRequestCommand } from './stock-requests.commands';
import {
  findRequestRow,
  listRequestEvents,
  listRequestRows,
  type StockRequestRow,
} from './stock-requests.repository';
import { shipStock } from './stock-shipments.service';
import { suggestQuantity } from './stock-suggestion.service';

const by = (ctx: RequestContext) => ({ actor: ctx.user, ip: ctx.ip });

/** A request whose requester lies in the user's scope (the supplier's scope holds the requester too). */
async function loadRequest(
  handle: Db,
  ctx: RequestContext,
  id: number,
  action: Action,
): Promise<StockRequestRow> {
  authorize(ctx.user, action);
  const row = await findRequestRow(handle.db, id);
  if (!row) throw stockErrors.requestNotFound(id);
  authorize(ctx.user, action, row.requester_code);
  return row;
}

async function detail(handle: Db, id: number): Promise<StockRequestDetail> {
  const row = await findRequestRow(handle.db, id);
  if (!row) throw stockErrors.requestNotFound(id);
  const names = await regionNames(handle.db, [row.requester_code, row.supplier_code]);
  const events = await listRequestEvents(handle.db, id);
  return {
    ...toRequest(row, names),
    events: events.map((e) => ({
      status: e.status,
      quantity: e.quantity === null ? null : Number(e.quantity),
      note: e.note,
      actor: e.actor ?? null,
      at: e.at,
    })),
  };
}

function expect(row: StockRequestRow, from: StockRequestStatus, action: string): void {
  if (row.status !== from) throw stockErrors.requestState(row.status, action);
}

/** Only the supplying office (or the centre above it) decides on and ships a request. */
function requireSupplier(ctx: RequestContext, row: StockRequestRow): void {
  if (!isWithinScope(ctx.user.regionCode, row.supplier_code)) throw stockErrors.notSupplier();
}

export async function listRequests(
  handle: Db,
  ctx: RequestContext,
  region?: string,
  status?: StockRequestStatus,
): Promise<StockRequest[]> {
  const where = region ?? ctx.user.regionCode;
  authorize(ctx.user, 'stock.read', where);
  const rows = await listRequestRows(handle.db, where, status);
  const names = await regionNames(
    handle.db,
    rows.flatMap((r) => [r.requester_code, r.supplier_code]),
  );
  return rows.map((r) => toRequest(r, names));
}

export async function getRequest(handle: Db, ctx: RequestContext, id: number): Promise<StockRequestDetail> {
  await loadRequest(handle, ctx, id, 'stock.read');
  return detail(handle, id);
}

/** A draft to the office above, stored with the suggested quantity as it was computed then. */
export async function createRequest(
  handle: Db,
  ctx: RequestContext,
  b: CreateStockRequestBody,
): Promise<StockRequestDetail> {
  authorize(ctx.user, 'stock.request', b.location);
  await checkLocation(handle, b.location);
  const supplier = supplierOf(b.location);
  if (supplier === null) throw stockErrors.centreCannotRequest();
  const suggestion = await suggestQuantity(handle, ctx, b.location, b.item);
  const row = await createRequestCommand(
    handle,
    { item: b.item, requester: b.location, supplier, quantity: b.quantity, note: b.note ?? null, suggestion },
    by(ctx),
  );
  return detail(handle, row.id);
}

export async function submitRequest(
  handle: Db,
  ctx: RequestContext,
  id: number,
): Promise<StockRequestDetail> {
  const row = await loadRequest(handle, ctx, id, 'stock.request');
  expect(row, 'draft', 'submit');
  await transitionRequestCommand(handle, row, 'submitted', {}, by(ctx));
  return detail(handle, id);
}

/** Approves, possibly another quantity than asked. */
export async function approveRequest(
  handle: Db,
  ctx: RequestContext,
  id: number,
  b: ApproveStockRequestBody,
): Promise<StockRequestDetail> {
  const row = await loadRequest(handle, ctx, id, 'stock.approve');
  requireSupplier(ctx, row);
  expect(row, 'submitted', 'approve');
  await transitionRequestCommand(
    handle,
    row,
    'approved',
    { approvedQuantity: b.quantity ?? Number(row.quantity), note: b.note ?? null },
    by(ctx),
  );
  return detail(handle, id);
}

export async function rejectRequest(
  handle: Db,
  ctx: RequestContext,
  id: number,
  reason: string,
): Promise<StockRequestDetail> {
  const row = await loadRequest(handle, ctx, id, 'stock.approve');
  requireSupplier(ctx, row);
  expect(row, 'submitted', 'reject');
  await transitionRequestCommand(handle, row, 'rejected', { rejectionReason: reason }, by(ctx));
  return detail(handle, id);
}

/** Ships the approved quantity from the supplier to the requester: a shipment like any other, tied to the request. */
export async function shipRequest(
  handle: Db,
  ctx: RequestContext,
  id: number,
  b: ShipStockRequestBody,
): Promise<StockRequestDetail> {
  const row = await loadRequest(handle, ctx, id, 'stock.approve');
  requireSupplier(ctx, row);
  expect(row, 'approved', 'ship');
  const quantity = Number(row.approved_quantity ?? row.quantity);
  await shipStock(
    handle,
    ctx,
    {
      location: row.supplier_code,
      destination: row.requester_code,
      item: row.item,
      quantity,
      occurredOn: b.occurredOn,
      documentNo: b.documentNo,
    },
    row.id,
  );
  return detail(handle, id);
}
