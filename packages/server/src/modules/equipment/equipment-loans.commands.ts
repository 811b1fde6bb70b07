import type { LoanAction, LoanState } from '@sigap/domain';
import type { Kysely, Updateable } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database, EquipmentLoansTable } from '../../db/schema';
import { recordAudit } from '../audit';
import { alertAdmins, notifyUser } from '../notices';
import type { By } from './equipment.commands';
import {
  claimLoanDays,
  insertLoanMembers,
  insertLoanRow,
  type LoanRow,
  moveLoanState,
  regencyOperatorIds,
  releaseLoanDays,
} from './equipment-loans.repository';

export interface NewLoan {
  fromRegion: string;
  toRegion: string;
  start: string;
  end: string;
  purpose: string;
  coversItemId: number | null;
  itemIds: readonly number[];
  operatorIds: readonly number[];
  /** What the receiving office is told is coming ("Set perekaman 1 (RS-01)"). */
  itemLabels: readonly string[];
  /** `item:<id>` and `operator:<id>` for every member. */
  resources: readonly string[];
  days: readonly string[];
}

/** Thrown inside the reservation's transaction when a day is already held: it rolls everything back. */
export class LoanClash extends Error {
  constructor() {
    super('loan days already held');
  }
}

/**
 * Reserves a loan: in one transaction the loan, its items and operators, one claim per member and day
 * (unique on resource and day: the guard that makes a double loan impossible on both engines, however
 * the requests interleave) and `equipment.loan_reserve` audit. Throws LoanClash when a day is taken.
 */
export async function reserveLoanCommand(handle: Db, loan: NewLoan, by: By): Promise<number> {
  const now = new Date().toISOString();
  return handle.db.transaction().execute(async (trx) => {
    const id = await insertLoanRow(trx, {
      from_region: loan.fromRegion,
      to_region: loan.toRegion,
      start_date: loan.start,
      end_date: loan.end,
      state: 'reserved',
      purpose: loan.purpose,
      covers_item_id: loan.coversItemId,
      reserved_by: by.actor?.username ?? null,
      created_at: now,
      updated_at: now,
    });
    await insertLoanMembers(trx, id, loan.itemIds, loan.operatorIds);
    const claimed = await claimLoanDays(trx, id, loan.resources, loan.days);
    if (claimed !== loan.resources.length * loan.days.length) throw new LoanClash();
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'equipment.loan_reserve',
      entity: 'equipment_loan',
      entityId: id,
      regionCode: loan.toRegion,
      summary: {
        from: loan.fromRegion,
        to: loan.toRegion,
        start: loan.start,
        end: loan.end,
        itemIds: loan.itemIds,
        operatorIds: loan.operatorIds,
        coversItemId: loan.coversItemId,
      },
      ip: by.ip,
    });
    await tellRegency(trx, loan.toRegion, 'equipment.loan_reserved', {
      loanId: id,
      items: [...loan.itemLabels],
      start: loan.start,
      end: loan.end,
    });
    return id;
  });
}

/** A notice to each operator of the receiving regency, in the caller's transaction. */
async function tellRegency(
  trx: Kysely<Database>,
  region: string,
  kind: 'equipment.loan_reserved' | 'equipment.loan_cancelled',
  params: Record<string, string | number | string[]> & { loanId: number },
): Promise<void> {
  for (const userId of await regencyOperatorIds(trx, region)) {
    await notifyUser(trx, userId, {
      kind,
      severity: 'info',
      regionCode: region,
      params,
      data: { loanId: params.loanId },
    });
  }
}

const AUDIT = {
  arrive: 'equipment.loan_arrive',
  return: 'equipment.loan_return',
  cancel: 'equipment.loan_cancel',
} as const;

/**
 * Moves a loan (arrival, return, cancellation) from the state the service saw: the row with who and when,
 * the release of its days on return or cancellation (the items and operators are free again) and the
 * audit entry. False when a concurrent action moved it first.
 */
export async function moveLoanCommand(
  handle: Db,
  row: LoanRow,
  action: LoanAction,
  to: LoanState,
  note: string | undefined,
  by: By,
): Promise<boolean> {
  const now = new Date().toISOString();
  const who = by.actor?.username ?? null;
  const patch: Updateable<EquipmentLoansTable> =
    action === 'arrive'
      ? { arrived_at: now, arrived_by: who }
      : action === 'return'
        ? { returned_at: now, returned_by: who }
        : { cancelled_at: now, cancelled_by: who, cancel_reason: note ?? null };
  return handle.db.transaction().execute(async (trx) => {
    if (!(await moveLoanState(trx, row.id, row.state, { ...patch, state: to, updated_at: now })))
      return false;
    if (action !== 'arrive') await releaseLoanDays(trx, row.id);
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: AUDIT[action],
      entity: 'equipment_loan',
      entityId: row.id,
      regionCode: row.to_region,
      summary: { from: row.state, to, ...(note ? { note } : {}) },
      ip: by.ip,
    });
    const loanId = Number(row.id);
    if (action === 'cancel')
      await tellRegency(trx, row.to_region, 'equipment.loan_cancelled', { loanId, reason: note ?? '' });
    if (action === 'arrive') {
      // The lending province learns the receiving office has it (its admins' scope holds the regency).
      await alertAdmins(trx, {
        kind: 'equipment.loan_arrived',
        severity: 'info',
        regionCode: row.to_region,
        params: { loanId, region: row.to_region_name ?? row.to_region },
        data: { loanId },
        dedupeKey: `equipment-arrived:${loanId}`,
      });
    }
    return true;
  });
}
