import type { StockSuggestion } from '@sigap/contracts';
import type { Db } from '../../db/connect';
import type { StockItemCode, StockRequestStatus } from '../../db/schema';
import { recordAudit } from '../audit';
import { stockErrors } from './stock.errors';
import type { By } from './stock-moves.commands';
import {
  insertRequestEvent,
  insertRequestRow,
  type StockRequestRow,
  transitionRequestRow,
} from './stock-requests.repository';

/** Drafts a request to the office above: the row, its first event and the `stock_request.create` audit. */
export async function createRequestCommand(
  handle: Db,
  r: {
    item: StockItemCode;
    requester: string;
    supplier: string;
    quantity: number;
    note: string | null;
    suggestion: StockSuggestion;
  },
  by: By,
): Promise<StockRequestRow> {
  return handle.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const row = await insertRequestRow(trx, {
      item: r.item,
      requester_code: r.requester,
      supplier_code: r.supplier,
      quantity: r.quantity,
      status: 'draft',
      suggestion: JSON.stringify(r.suggestion),
      note: r.note,
      created_by: by.actor?.id ?? null,
      created_at: now,
      updated_at: now,
    });
    await insertRequestEvent(trx, {
      requestId: row.id,
      status: 'draft',
      quantity: r.quantity,
      note: r.note,
      actorId: by.actor?.id ?? null,
      at: now,
    });
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'stock_request.create',
      entity: 'stock_request',
      entityId: row.id,
      regionCode: r.requester,
      summary: {
        item: r.item,
        quantity: r.quantity,
        supplier: r.supplier,
        suggested: r.suggestion.suggested,
      },
      ip: by.ip,
    });
    return row;
  });
}

/**
 * Moves a request from the state the service read to the next one (submit, approve, reject): the guarded
 * row update (a concurrent decision makes it a 409), the event and the `stock_request.transition` audit.
 */
export async function transitionRequestCommand(
  handle: Db,
  row: StockRequestRow,
  to: StockRequestStatus,
  change: { approvedQuantity?: number; rejectionReason?: string; note?: string | null },
  by: By,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const moved = await transitionRequestRow(trx, row.id, row.status, {
      status: to,
      ...(change.approvedQuantity !== undefined ? { approved_quantity: change.approvedQuantity } : {}),
      ...(change.rejectionReason !== undefined ? { rejection_reason: change.rejectionReason } : {}),
      updated_at: now,
    });
    if (!moved) throw stockErrors.requestState(row.status, to);
    await insertRequestEvent(trx, {
      requestId: row.id,
      status: to,
      quantity: change.approvedQuantity ?? null,
      note: change.rejectionReason ?? change.note ?? null,
      actorId: by.actor?.id ?? null,
      at: now,
    });
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'stock_request.transition',
      entity: 'stock_request',
      entityId: row.id,
      regionCode: row.requester_code,
      summary: { from: row.status, to, ...change },
      ip: by.ip,
    });
  });
}
